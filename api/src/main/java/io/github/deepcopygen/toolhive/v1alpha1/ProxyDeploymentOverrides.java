package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.LocalObjectReferenceSchema;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/** Changes to the proxy Deployment and its pod template. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.ProxyDeploymentOverrides")
public class ProxyDeploymentOverrides extends ResourceMetadataOverrides {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Annotations and labels to add to the proxy runner's pods.")
  @JsonProperty("podTemplateMetadataOverrides")
  private ResourceMetadataOverrides podTemplateMetadataOverrides;

  /** Entries are keyed by {@code name}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "map", listMapKeys = "name")
  @JsonPropertyDescription(
      "Environment variables for the proxy runner's own container (thv run), not for the MCP"
          + " server; TOOLHIVE_DEBUG=true turns on its debug logging.")
  @JsonProperty("env")
  private List<EnvVar> env;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @SchemaFrom(type = LocalObjectReferenceSchema[].class)
  @JsonPropertyDescription(
      "Secrets for pulling the proxy runner's image, set on both its Deployment and its"
          + " ServiceAccount.")
  @JsonProperty("imagePullSecrets")
  private List<LocalObjectReference> imagePullSecrets;

  public ResourceMetadataOverrides getPodTemplateMetadataOverrides() {
    return podTemplateMetadataOverrides;
  }

  public void setPodTemplateMetadataOverrides(
      ResourceMetadataOverrides podTemplateMetadataOverrides) {
    this.podTemplateMetadataOverrides = podTemplateMetadataOverrides;
  }

  public List<EnvVar> getEnv() {
    return env;
  }

  public void setEnv(List<EnvVar> env) {
    this.env = env;
  }

  public List<LocalObjectReference> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public void setImagePullSecrets(List<LocalObjectReference> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  @Override
  public ProxyDeploymentOverrides deepCopy() {
    return ProxyDeploymentOverridesDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ProxyDeploymentOverrides other = (ProxyDeploymentOverrides) o;
    return super.equals(o)
        && Objects.equals(podTemplateMetadataOverrides, other.podTemplateMetadataOverrides)
        && Objects.equals(env, other.env)
        && Objects.equals(imagePullSecrets, other.imagePullSecrets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), podTemplateMetadataOverrides, env, imagePullSecrets);
  }

  @Override
  public String toString() {
    return "ProxyDeploymentOverrides{"
        + super.toString()
        + ", "
        + "podTemplateMetadataOverrides="
        + podTemplateMetadataOverrides
        + ", env="
        + env
        + ", imagePullSecrets="
        + imagePullSecrets
        + "}";
  }
}
