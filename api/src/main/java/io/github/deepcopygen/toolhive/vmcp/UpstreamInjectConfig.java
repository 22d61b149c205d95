package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** The token of an upstream identity provider that the virtual server passes on to a backend. */
@DeepCopy
@JsonClassDescription(
    "The token of an upstream identity provider that the virtual server passes on to"
        + " a backend.")
public class UpstreamInjectConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription(
      "The upstream provider of the embedded authorization server whose token to pass on.")
  @JsonProperty("providerName")
  private String providerName;

  public String getProviderName() {
    return providerName;
  }

  public void setProviderName(String providerName) {
    this.providerName = providerName;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public UpstreamInjectConfig deepCopy() {
    return UpstreamInjectConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UpstreamInjectConfig other = (UpstreamInjectConfig) o;
    return Objects.equals(providerName, other.providerName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(providerName);
  }
}
