package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Map;
import java.util.Objects;

/** A backend the virtual server calls at a fixed address, without discovering it in the cluster. */
@DeepCopy
@JsonClassDescription(
    "A backend the virtual server calls at a fixed address, without discovering it in"
        + " the cluster.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.StaticBackendConfig")
public class StaticBackendConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "A CA bundle file to verify the backend's TLS certificate with, only for the entry"
          + " type; the operator mounts bundles at /etc/toolhive/ca-bundles/<name>/ca.crt.")
  @JsonProperty("caBundlePath")
  private String caBundlePath;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Free labels for the backend, as name and value pairs (env: prod, region: us-east-1);"
          + " not Kubernetes metadata.")
  @JsonProperty("metadata")
  private Map<String, String> metadata;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription(
      "The backend's name, which must match its name in the MCPGroup for its authentication"
          + " to be found.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @CrdMarkers(enumValues = {"sse", "streamable-http"})
  @JsonPropertyDescription(
      "The MCP transport the backend speaks: sse or streamable-http, the network ones the"
          + " virtual server can call.")
  @JsonProperty("transport")
  private String transport;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(enumValues = {"entry", ""})
  @JsonPropertyDescription(
      "entry for an MCPServerEntry, which is a remote MCP server called directly; empty for"
          + " a container or proxy.")
  @JsonProperty("type")
  private String type;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @Pattern("^https?://")
  @JsonPropertyDescription("The base URL of the backend's MCP server.")
  @JsonProperty("url")
  private String url;

  public String getCaBundlePath() {
    return caBundlePath;
  }

  public void setCaBundlePath(String caBundlePath) {
    this.caBundlePath = caBundlePath;
  }

  public Map<String, String> getMetadata() {
    return metadata;
  }

  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTransport() {
    return transport;
  }

  public void setTransport(String transport) {
    this.transport = transport;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public StaticBackendConfig deepCopy() {
    return StaticBackendConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    StaticBackendConfig other = (StaticBackendConfig) o;
    return Objects.equals(caBundlePath, other.caBundlePath)
        && Objects.equals(metadata, other.metadata)
        && Objects.equals(name, other.name)
        && Objects.equals(transport, other.transport)
        && Objects.equals(type, other.type)
        && Objects.equals(url, other.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caBundlePath, metadata, name, transport, type, url);
  }
}
