package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.deepcopygen.DeepCopy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a JSON object that its Java class does not know: kept when read and written back,
 * as fabric8's own model keeps them, so that a resource from a newer operator neither fails to read
 * nor loses a field when an older client writes it back (Go's client would drop them). Copied as a
 * JSON tree.
 */
public abstract class UnknownFields {
  @DeepCopy.JsonTree private Map<String, Object> additionalProperties;

  /**
   * The unknown fields in the order they were read; null when there were none. Jackson writes them
   * back through {@code @JsonAnyGetter}, which {@code @JsonIgnore} does not stop; the ignoral keeps
   * fabric8's CRD generator from taking the method for a property.
   */
  @JsonAnyGetter
  @JsonIgnore
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * For copiers; Jackson ignores it, or it would take the unknown fields for a property of that
   * name.
   */
  @JsonIgnore
  public void setAdditionalProperties(Map<String, Object> additionalProperties) {
    this.additionalProperties = additionalProperties;
  }

  /** Keeps one field that Jackson found no property for. */
  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    if (additionalProperties == null) {
      additionalProperties = new LinkedHashMap<>();
    }
    additionalProperties.put(name, value);
  }
}
