package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Where the fields of a non-standard token response are found. */
@DeepCopy
public class TokenResponseMapping extends UnknownFields {
    /** Required. Not empty. */
    @Required
    @Size(min = 1)
    @JsonProperty("accessTokenPath")
    private String accessTokenPath;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("scopePath")
    private String scopePath;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("refreshTokenPath")
    private String refreshTokenPath;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("expiresInPath")
    private String expiresInPath;

    public String getAccessTokenPath() {
        return accessTokenPath;
    }

    public void setAccessTokenPath(String accessTokenPath) {
        this.accessTokenPath = accessTokenPath;
    }

    public String getScopePath() {
        return scopePath;
    }

    public void setScopePath(String scopePath) {
        this.scopePath = scopePath;
    }

    public String getRefreshTokenPath() {
        return refreshTokenPath;
    }

    public void setRefreshTokenPath(String refreshTokenPath) {
        this.refreshTokenPath = refreshTokenPath;
    }

    public String getExpiresInPath() {
        return expiresInPath;
    }

    public void setExpiresInPath(String expiresInPath) {
        this.expiresInPath = expiresInPath;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public TokenResponseMapping deepCopy() {
        return TokenResponseMappingDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        TokenResponseMapping other = (TokenResponseMapping) o;
        return Objects.equals(accessTokenPath, other.accessTokenPath)
                && Objects.equals(scopePath, other.scopePath)
                && Objects.equals(refreshTokenPath, other.refreshTokenPath)
                && Objects.equals(expiresInPath, other.expiresInPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessTokenPath, scopePath, refreshTokenPath, expiresInPath);
    }

    @Override
    public String toString() {
        return "TokenResponseMapping{"
                + "accessTokenPath=" + accessTokenPath
                + ", scopePath=" + scopePath
                + ", refreshTokenPath=" + refreshTokenPath
                + ", expiresInPath=" + expiresInPath
                + "}";
    }
}
