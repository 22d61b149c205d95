package io.github.deepcopygen.toolhive.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The shape every custom resource shares: metadata, a spec and a status. It is generic and not
 * {@code @DeepCopy}: each concrete resource's copier copies these fields, with {@code S} and {@code T}
 * resolved to that resource's spec and status types.
 *
 * @param <S> the spec type
 * @param <T> the status type
 */
public abstract class CustomResource<S, T> extends TypeMeta {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("metadata")
    private ObjectMeta metadata;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("spec")
    private S spec;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("status")
    private T status;

    public ObjectMeta getMetadata() {
        return metadata;
    }

    public void setMetadata(ObjectMeta metadata) {
        this.metadata = metadata;
    }

    public S getSpec() {
        return spec;
    }

    public void setSpec(S spec) {
        this.spec = spec;
    }

    public T getStatus() {
        return status;
    }

    public void setStatus(T status) {
        this.status = status;
    }

    @Override
    public boolean equals(Object o) {
        if (!super.equals(o)) {
            return false;
        }
        CustomResource<?, ?> other = (CustomResource<?, ?>) o;
        return Objects.equals(metadata, other.metadata)
                && Objects.equals(spec, other.spec)
                && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), metadata, spec, status);
    }

    @Override
    public String toString() {
        return super.toString() + ", metadata=" + metadata + ", spec=" + spec + ", status=" + status;
    }
}
