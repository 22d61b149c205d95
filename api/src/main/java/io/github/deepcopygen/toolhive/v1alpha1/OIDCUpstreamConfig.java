package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An upstream provider found through OIDC discovery. */
@DeepCopy
@SchemaCustomizer(value = SchemaMarkers.class, input = "io.github.deepcopygen.toolhive.v1alpha1.OIDCUpstreamConfig")
public class OIDCUpstreamConfig extends UnknownFields {
    /** Required. Must match {@code ^https://.*$}. */
    @Required
    @Pattern("^https://.*$")
    @JsonProperty("issuerUrl")
    private String issuerUrl;

    /** Required. */
    @Required
    @JsonProperty("clientId")
    private String clientId;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("clientSecretRef")
    private SecretKeyRef clientSecretRef;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("redirectUri")
    private String redirectUri;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @CrdMarkers(listType = "atomic")
    @JsonProperty("scopes")
    private List<String> scopes;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("userInfoOverride")
    private UserInfoConfig userInfoOverride;

    /** At most 16 entries. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @CrdMarkers(maxProperties = 16)
    @JsonProperty("additionalAuthorizationParams")
    private Map<String, String> additionalAuthorizationParams;

    public String getIssuerUrl() {
        return issuerUrl;
    }

    public void setIssuerUrl(String issuerUrl) {
        this.issuerUrl = issuerUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public SecretKeyRef getClientSecretRef() {
        return clientSecretRef;
    }

    public void setClientSecretRef(SecretKeyRef clientSecretRef) {
        this.clientSecretRef = clientSecretRef;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public UserInfoConfig getUserInfoOverride() {
        return userInfoOverride;
    }

    public void setUserInfoOverride(UserInfoConfig userInfoOverride) {
        this.userInfoOverride = userInfoOverride;
    }

    public Map<String, String> getAdditionalAuthorizationParams() {
        return additionalAuthorizationParams;
    }

    public void setAdditionalAuthorizationParams(Map<String, String> additionalAuthorizationParams) {
        this.additionalAuthorizationParams = additionalAuthorizationParams;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public OIDCUpstreamConfig deepCopy() {
        return OIDCUpstreamConfigDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        OIDCUpstreamConfig other = (OIDCUpstreamConfig) o;
        return Objects.equals(issuerUrl, other.issuerUrl)
                && Objects.equals(clientId, other.clientId)
                && Objects.equals(clientSecretRef, other.clientSecretRef)
                && Objects.equals(redirectUri, other.redirectUri)
                && Objects.equals(scopes, other.scopes)
                && Objects.equals(userInfoOverride, other.userInfoOverride)
                && Objects.equals(additionalAuthorizationParams, other.additionalAuthorizationParams);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issuerUrl, clientId, clientSecretRef, redirectUri, scopes, userInfoOverride, additionalAuthorizationParams);
    }

    @Override
    public String toString() {
        return "OIDCUpstreamConfig{"
                + "issuerUrl=" + issuerUrl
                + ", clientId=" + clientId
                + ", clientSecretRef=" + clientSecretRef
                + ", redirectUri=" + redirectUri
                + ", scopes=" + scopes
                + ", userInfoOverride=" + userInfoOverride
                + ", additionalAuthorizationParams=" + additionalAuthorizationParams
                + "}";
    }
}
