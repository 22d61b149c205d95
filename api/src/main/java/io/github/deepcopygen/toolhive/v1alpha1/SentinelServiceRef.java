package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/** A Kubernetes Service in front of the Sentinels. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.SentinelServiceRef")
public class SentinelServiceRef extends UnknownFields {
  @Required
  @JsonPropertyDescription("The name of the Service in front of the Sentinels.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("The Service's namespace; the resource's own when left out.")
  @JsonProperty("namespace")
  private String namespace;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Default("26379")
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription("The Service's Sentinel port.")
  @JsonProperty("port")
  private int port;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public int getPort() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public SentinelServiceRef deepCopy() {
    return SentinelServiceRefDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SentinelServiceRef other = (SentinelServiceRef) o;
    return Objects.equals(name, other.name)
        && Objects.equals(namespace, other.namespace)
        && port == other.port;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, port);
  }

  @Override
  public String toString() {
    return "SentinelServiceRef{"
        + "name="
        + name
        + ", namespace="
        + namespace
        + ", port="
        + port
        + "}";
  }
}
