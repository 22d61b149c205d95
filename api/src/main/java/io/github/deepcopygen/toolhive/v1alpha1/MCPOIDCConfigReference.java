package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Objects;

/** Points at a shared MCPOIDCConfig and says which audience and scopes this server uses. */
@DeepCopy
public class MCPOIDCConfigReference {
    /** Required. Not empty. */
    @JsonProperty("name")
    private String name;

    /** Required. Not empty. */
    @JsonProperty("audience")
    private String audience;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("scopes")
    private List<String> scopes;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("resourceUrl")
    private String resourceUrl;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public String getResourceUrl() {
        return resourceUrl;
    }

    public void setResourceUrl(String resourceUrl) {
        this.resourceUrl = resourceUrl;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public MCPOIDCConfigReference deepCopy() {
        return MCPOIDCConfigReferenceDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        MCPOIDCConfigReference other = (MCPOIDCConfigReference) o;
        return Objects.equals(name, other.name)
                && Objects.equals(audience, other.audience)
                && Objects.equals(scopes, other.scopes)
                && Objects.equals(resourceUrl, other.resourceUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, audience, scopes, resourceUrl);
    }

    @Override
    public String toString() {
        return "MCPOIDCConfigReference{"
                + "name=" + name
                + ", audience=" + audience
                + ", scopes=" + scopes
                + ", resourceUrl=" + resourceUrl
                + "}";
    }
}
