package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** One key of one Secret. */
@DeepCopy
@JsonClassDescription("A key within a Secret.")
public class SecretKeyRef extends UnknownFields {
  @Required
  @JsonPropertyDescription("The name of the Secret.")
  @JsonProperty("name")
  private String name;

  @Required
  @JsonPropertyDescription("The key within the Secret.")
  @JsonProperty("key")
  private String key;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public SecretKeyRef deepCopy() {
    return SecretKeyRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SecretKeyRef other = (SecretKeyRef) o;
    return Objects.equals(name, other.name) && Objects.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, key);
  }

  @Override
  public String toString() {
    return "SecretKeyRef{" + "name=" + name + ", key=" + key + "}";
  }
}
