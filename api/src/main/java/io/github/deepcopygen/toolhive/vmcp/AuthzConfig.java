package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Objects;

/** The authorization policies that calls to the virtual server must pass. */
@DeepCopy
public class AuthzConfig extends UnknownFields {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("policies")
    private List<String> policies;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("primaryUpstreamProvider")
    private String primaryUpstreamProvider;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Required
    @JsonProperty("type")
    private String type;

    public List<String> getPolicies() {
        return policies;
    }

    public void setPolicies(List<String> policies) {
        this.policies = policies;
    }

    public String getPrimaryUpstreamProvider() {
        return primaryUpstreamProvider;
    }

    public void setPrimaryUpstreamProvider(String primaryUpstreamProvider) {
        this.primaryUpstreamProvider = primaryUpstreamProvider;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public AuthzConfig deepCopy() {
        return AuthzConfigDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        AuthzConfig other = (AuthzConfig) o;
        return Objects.equals(policies, other.policies)
                && Objects.equals(primaryUpstreamProvider, other.primaryUpstreamProvider)
                && Objects.equals(type, other.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policies, primaryUpstreamProvider, type);
    }
}
