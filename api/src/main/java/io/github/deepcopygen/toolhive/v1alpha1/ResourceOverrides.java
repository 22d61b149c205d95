package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Changes the user wants applied to the resources the operator creates. */
@DeepCopy
public class ResourceOverrides extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("What to change on the proxy runner's Deployment.")
  @JsonProperty("proxyDeployment")
  private ProxyDeploymentOverrides proxyDeployment;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("What to change on the Service in front of the proxy runner.")
  @JsonProperty("proxyService")
  private ResourceMetadataOverrides proxyService;

  public ProxyDeploymentOverrides getProxyDeployment() {
    return proxyDeployment;
  }

  public void setProxyDeployment(ProxyDeploymentOverrides proxyDeployment) {
    this.proxyDeployment = proxyDeployment;
  }

  public ResourceMetadataOverrides getProxyService() {
    return proxyService;
  }

  public void setProxyService(ResourceMetadataOverrides proxyService) {
    this.proxyService = proxyService;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ResourceOverrides deepCopy() {
    return ResourceOverridesDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ResourceOverrides other = (ResourceOverrides) o;
    return Objects.equals(proxyDeployment, other.proxyDeployment)
        && Objects.equals(proxyService, other.proxyService);
  }

  @Override
  public int hashCode() {
    return Objects.hash(proxyDeployment, proxyService);
  }

  @Override
  public String toString() {
    return "ResourceOverrides{"
        + "proxyDeployment="
        + proxyDeployment
        + ", proxyService="
        + proxyService
        + "}";
  }
}
