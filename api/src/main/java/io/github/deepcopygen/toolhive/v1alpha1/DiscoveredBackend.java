package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import java.util.Date;
import java.util.Objects;

/** A backend MCP server that the virtual MCP server found in its group. */
@DeepCopy
public class DiscoveredBackend {
    /** Required. The name of the backend MCPServer. */
    @JsonProperty("name")
    private String name;

    /** Where the backend serves MCP. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("url")
    private String url;

    /** The backend's health as last seen: ready, degraded, unavailable, unauthenticated or unknown. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("status")
    private String status;

    /** The MCPExternalAuthConfig the backend uses, if any. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("authConfigRef")
    private String authConfigRef;

    /** The kind of authentication the backend uses. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("authType")
    private String authType;

    /** When the backend was last checked. A mutable {@code Date}, so the copier clones it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("lastHealthCheck")
    private Date lastHealthCheck;

    /** More about the backend's status. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("message")
    private String message;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getAuthConfigRef() {
        return authConfigRef;
    }

    public void setAuthConfigRef(String authConfigRef) {
        this.authConfigRef = authConfigRef;
    }

    public String getAuthType() {
        return authType;
    }

    public void setAuthType(String authType) {
        this.authType = authType;
    }

    public Date getLastHealthCheck() {
        return lastHealthCheck;
    }

    public void setLastHealthCheck(Date lastHealthCheck) {
        this.lastHealthCheck = lastHealthCheck;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public DiscoveredBackend deepCopy() {
        return DiscoveredBackendDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        DiscoveredBackend other = (DiscoveredBackend) o;
        return Objects.equals(name, other.name)
                && Objects.equals(url, other.url)
                && Objects.equals(status, other.status)
                && Objects.equals(authConfigRef, other.authConfigRef)
                && Objects.equals(authType, other.authType)
                && Objects.equals(lastHealthCheck, other.lastHealthCheck)
                && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, url, status, authConfigRef, authType, lastHealthCheck, message);
    }

    @Override
    public String toString() {
        return "DiscoveredBackend{"
                + "name=" + name
                + ", url=" + url
                + ", status=" + status
                + ", authConfigRef=" + authConfigRef
                + ", authType=" + authType
                + ", lastHealthCheck=" + lastHealthCheck
                + ", message=" + message
                + "}";
    }
}
