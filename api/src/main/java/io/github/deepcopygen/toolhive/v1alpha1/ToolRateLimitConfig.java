package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Rate limits for a single tool. */
@ValidationRule(
    value = "has(self.shared) || has(self.perUser)",
    message = "at least one of shared or perUser must be configured")
@DeepCopy
@JsonClassDescription("The limits on calls to one tool; shared, perUser or both.")
public class ToolRateLimitConfig extends UnknownFields {
  @Required
  @Size(min = 1)
  @JsonPropertyDescription("The name of the MCP tool the limits apply to.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("One bucket for all calls to this tool.")
  @JsonProperty("shared")
  private RateLimitBucket shared;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A bucket for each signed-in user's calls to this tool.")
  @JsonProperty("perUser")
  private RateLimitBucket perUser;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

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

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public ToolRateLimitConfig deepCopy() {
    return ToolRateLimitConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ToolRateLimitConfig other = (ToolRateLimitConfig) o;
    return Objects.equals(name, other.name)
        && Objects.equals(shared, other.shared)
        && Objects.equals(perUser, other.perUser);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, shared, perUser);
  }

  @Override
  public String toString() {
    return "ToolRateLimitConfig{"
        + "name="
        + name
        + ", shared="
        + shared
        + ", perUser="
        + perUser
        + "}";
  }
}
