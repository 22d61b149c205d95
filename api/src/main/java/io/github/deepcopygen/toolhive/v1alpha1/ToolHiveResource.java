package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.CustomResource;
import io.github.deepcopygen.DeepCopy;
import java.util.LinkedHashMap;

/**
 * What the api's two resources add to fabric8's {@code CustomResource} so that they read and write
 * as the API server sends them: top-level fields the class does not know are kept, written back and
 * copied as JSON trees (as {@link UnknownFields} does below the top), and a resource read without
 * {@code metadata} is written without it, where fabric8's constructor would make it {@code
 * metadata: {}}.
 */
public abstract class ToolHiveResource<S, T> extends CustomResource<S, T> implements Namespaced {
  private static final long serialVersionUID = 1L;

  // A LinkedHashMap, not a Map: CustomResource is Serializable, and javac 21+ warns about a field
  // of an interface type there. Its values are JSON values, all serializable.
  @DeepCopy.JsonTree private LinkedHashMap<String, Object> additionalProperties;

  /**
   * Leaves out a metadata that holds nothing: the one fabric8's constructor made, or an empty one.
   */
  @Override
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyMetadata.class)
  public ObjectMeta getMetadata() {
    return super.getMetadata();
  }

  /** The unknown top-level fields, in the order they were read; null when there were none. */
  @JsonAnyGetter
  @JsonIgnore
  public LinkedHashMap<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * For copiers; Jackson ignores it, or it would take the unknown fields for a property of that
   * name.
   */
  @JsonIgnore
  public void setAdditionalProperties(LinkedHashMap<String, Object> additionalProperties) {
    this.additionalProperties = additionalProperties;
  }

  /** Keeps one top-level field that Jackson found no property for. */
  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    if (additionalProperties == null) {
      additionalProperties = new LinkedHashMap<>();
    }
    additionalProperties.put(name, value);
  }

  /** Jackson's filter for {@code metadata}: a value equal to it is left out. */
  static final class EmptyMetadata {
    @Override
    public boolean equals(Object value) {
      return value == null || value.equals(new ObjectMeta());
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
