package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.ValidationRule;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/** Token-bucket rate limits: shared, per user and per tool. */
@ValidationRule(
    value = "has(self.shared) || has(self.perUser) || (has(self.tools) && size(self.tools) > 0)",
    message = "at least one of shared, perUser, or tools must be configured")
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.RateLimitConfig")
public class RateLimitConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("One bucket for all users of the server.")
  @JsonProperty("shared")
  private RateLimitBucket shared;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "A bucket for each signed-in user, across the server; it needs authentication, and"
          + " each user's Redis keys expire after twice the refill period.")
  @JsonProperty("perUser")
  private RateLimitBucket perUser;

  /** Entries are keyed by {@code name}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "map", listMapKeys = "name")
  @JsonPropertyDescription(
      "Limits on calls to particular tools, on top of the server's: a call must pass both.")
  @JsonProperty("tools")
  private List<ToolRateLimitConfig> tools;

  public RateLimitBucket getShared() {
    return shared;
  }

  public void setShared(RateLimitBucket shared) {
    this.shared = shared;
  }

  public RateLimitBucket getPerUser() {
    return perUser;
  }

  public void setPerUser(RateLimitBucket perUser) {
    this.perUser = perUser;
  }

  public List<ToolRateLimitConfig> getTools() {
    return tools;
  }

  public void setTools(List<ToolRateLimitConfig> tools) {
    this.tools = tools;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public RateLimitConfig deepCopy() {
    return RateLimitConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RateLimitConfig other = (RateLimitConfig) o;
    return Objects.equals(shared, other.shared)
        && Objects.equals(perUser, other.perUser)
        && Objects.equals(tools, other.tools);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shared, perUser, tools);
  }

  @Override
  public String toString() {
    return "RateLimitConfig{"
        + "shared="
        + shared
        + ", perUser="
        + perUser
        + ", tools="
        + tools
        + "}";
  }
}
