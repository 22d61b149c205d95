package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Whether the proxy writes audit logs. */
@DeepCopy
public class AuditConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Default("false")
  @JsonPropertyDescription("Turns audit logging on, with its default settings.")
  @JsonProperty("enabled")
  private boolean enabled;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public AuditConfig deepCopy() {
    return AuditConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuditConfig other = (AuditConfig) o;
    return enabled == other.enabled;
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled);
  }

  @Override
  public String toString() {
    return "AuditConfig{" + "enabled=" + enabled + "}";
  }
}
