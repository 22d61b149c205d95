package io.github.deepcopygen.toolhive.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The shape of every list response: list metadata and the items. Generic and not {@code @DeepCopy}:
 * each concrete list's copier copies {@code items} as a list of its own item type.
 *
 * @param <T> the item type
 */
public abstract class KubernetesList<T> extends TypeMeta {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("metadata")
    private ListMeta metadata;

    @JsonProperty("items")
    private List<T> items;

    public ListMeta getMetadata() {
        return metadata;
    }

    public void setMetadata(ListMeta metadata) {
        this.metadata = metadata;
    }

    public List<T> getItems() {
        return items;
    }

    public void setItems(List<T> items) {
        this.items = items;
    }

    @Override
    public boolean equals(Object o) {
        if (!super.equals(o)) {
            return false;
        }
        KubernetesList<?> other = (KubernetesList<?>) o;
        return Objects.equals(metadata, other.metadata) && Objects.equals(items, other.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), metadata, items);
    }

    @Override
    public String toString() {
        return super.toString() + ", metadata=" + metadata + ", items=" + items;
    }
}
