package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** CPU and memory limits and requests for a container. */
@DeepCopy
public class ResourceRequirements extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The most compute the container may use.")
  @JsonProperty("limits")
  private ResourceList limits;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The compute the container is guaranteed.")
  @JsonProperty("requests")
  private ResourceList requests;

  public ResourceList getLimits() {
    return limits;
  }

  public void setLimits(ResourceList limits) {
    this.limits = limits;
  }

  public ResourceList getRequests() {
    return requests;
  }

  public void setRequests(ResourceList requests) {
    this.requests = requests;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ResourceRequirements deepCopy() {
    return ResourceRequirementsDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ResourceRequirements other = (ResourceRequirements) o;
    return Objects.equals(limits, other.limits) && Objects.equals(requests, other.requests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limits, requests);
  }

  @Override
  public String toString() {
    return "ResourceRequirements{" + "limits=" + limits + ", requests=" + requests + "}";
  }
}
