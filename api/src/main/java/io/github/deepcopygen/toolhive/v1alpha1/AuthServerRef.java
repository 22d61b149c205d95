package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/** Points at the resource that configures an embedded authorization server. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.AuthServerRef")
public class AuthServerRef extends UnknownFields {
  @Default("MCPExternalAuthConfig")
  @CrdMarkers(enumValues = "MCPExternalAuthConfig")
  @Required
  @JsonPropertyDescription(
      "The kind of resource referred to; MCPExternalAuthConfig is the only one today.")
  @JsonProperty("kind")
  private String kind;

  @Required
  @Size(min = 1)
  @JsonPropertyDescription("The name of the referred resource, in the same namespace.")
  @JsonProperty("name")
  private String name;

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public AuthServerRef deepCopy() {
    return AuthServerRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuthServerRef other = (AuthServerRef) o;
    return Objects.equals(kind, other.kind) && Objects.equals(name, other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name);
  }

  @Override
  public String toString() {
    return "AuthServerRef{" + "kind=" + kind + ", name=" + name + "}";
  }
}
