package io.github.deepcopygen.toolhive.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/**
 * The API version and kind every Kubernetes object states. Go embeds it in each root type; in Java it is
 * their common abstract base, so its copier has {@code deepCopyInto} only, which theirs call first.
 */
@DeepCopy
public abstract class TypeMeta {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("apiVersion")
    private String apiVersion;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("kind")
    private String kind;

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        TypeMeta other = (TypeMeta) o;
        return Objects.equals(apiVersion, other.apiVersion) && Objects.equals(kind, other.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiVersion, kind);
    }

    @Override
    public String toString() {
        return "apiVersion=" + apiVersion + ", kind=" + kind;
    }
}
