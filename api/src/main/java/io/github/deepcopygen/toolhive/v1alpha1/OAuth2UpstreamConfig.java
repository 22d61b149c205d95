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

/** An upstream OAuth 2.0 provider configured endpoint by endpoint. */
@DeepCopy
@SchemaCustomizer(value = SchemaMarkers.class, input = "io.github.deepcopygen.toolhive.v1alpha1.OAuth2UpstreamConfig")
public class OAuth2UpstreamConfig extends UnknownFields {
    /** Required. Must match {@code ^https?://.*$}. */
    @Required
    @Pattern("^https?://.*$")
    @JsonProperty("authorizationEndpoint")
    private String authorizationEndpoint;

    /** Required. Must match {@code ^https?://.*$}. */
    @Required
    @Pattern("^https?://.*$")
    @JsonProperty("tokenEndpoint")
    private String tokenEndpoint;

    /** Required. */
    @Required
    @JsonProperty("userInfo")
    private UserInfoConfig userInfo;

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
    @JsonProperty("tokenResponseMapping")
    private TokenResponseMapping tokenResponseMapping;

    /** At most 16 entries. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @CrdMarkers(maxProperties = 16)
    @JsonProperty("additionalAuthorizationParams")
    private Map<String, String> additionalAuthorizationParams;

    public String getAuthorizationEndpoint() {
        return authorizationEndpoint;
    }

    public void setAuthorizationEndpoint(String authorizationEndpoint) {
        this.authorizationEndpoint = authorizationEndpoint;
    }

    public String getTokenEndpoint() {
        return tokenEndpoint;
    }

    public void setTokenEndpoint(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    public UserInfoConfig getUserInfo() {
        return userInfo;
    }

    public void setUserInfo(UserInfoConfig userInfo) {
        this.userInfo = userInfo;
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

    public TokenResponseMapping getTokenResponseMapping() {
        return tokenResponseMapping;
    }

    public void setTokenResponseMapping(TokenResponseMapping tokenResponseMapping) {
        this.tokenResponseMapping = tokenResponseMapping;
    }

    public Map<String, String> getAdditionalAuthorizationParams() {
        return additionalAuthorizationParams;
    }

    public void setAdditionalAuthorizationParams(Map<String, String> additionalAuthorizationParams) {
        this.additionalAuthorizationParams = additionalAuthorizationParams;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public OAuth2UpstreamConfig deepCopy() {
        return OAuth2UpstreamConfigDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        OAuth2UpstreamConfig other = (OAuth2UpstreamConfig) o;
        return Objects.equals(authorizationEndpoint, other.authorizationEndpoint)
                && Objects.equals(tokenEndpoint, other.tokenEndpoint)
                && Objects.equals(userInfo, other.userInfo)
                && Objects.equals(clientId, other.clientId)
                && Objects.equals(clientSecretRef, other.clientSecretRef)
                && Objects.equals(redirectUri, other.redirectUri)
                && Objects.equals(scopes, other.scopes)
                && Objects.equals(tokenResponseMapping, other.tokenResponseMapping)
                && Objects.equals(additionalAuthorizationParams, other.additionalAuthorizationParams);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authorizationEndpoint, tokenEndpoint, userInfo, clientId, clientSecretRef, redirectUri, scopes, tokenResponseMapping, additionalAuthorizationParams);
    }

    @Override
    public String toString() {
        return "OAuth2UpstreamConfig{"
                + "authorizationEndpoint=" + authorizationEndpoint
                + ", tokenEndpoint=" + tokenEndpoint
                + ", userInfo=" + userInfo
                + ", clientId=" + clientId
                + ", clientSecretRef=" + clientSecretRef
                + ", redirectUri=" + redirectUri
                + ", scopes=" + scopes
                + ", tokenResponseMapping=" + tokenResponseMapping
                + ", additionalAuthorizationParams=" + additionalAuthorizationParams
                + "}";
    }
}
