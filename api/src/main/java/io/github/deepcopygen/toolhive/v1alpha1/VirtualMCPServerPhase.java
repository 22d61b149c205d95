package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The lifecycle phase of a {@link VirtualMCPServer}. */
public enum VirtualMCPServerPhase {
  @JsonProperty("Pending")
  PENDING("Pending"),
  @JsonProperty("Ready")
  READY("Ready"),
  @JsonProperty("Degraded")
  DEGRADED("Degraded"),
  @JsonProperty("Failed")
  FAILED("Failed");

  private final String value;

  VirtualMCPServerPhase(String value) {
    this.value = value;
  }

  /** The value as it appears in the resource's JSON. */
  public String value() {
    return value;
  }
}
