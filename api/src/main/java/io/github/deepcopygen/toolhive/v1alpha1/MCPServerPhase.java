package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The lifecycle phase of an {@link MCPServer}. */
public enum MCPServerPhase {
  @JsonProperty("Pending")
  PENDING("Pending"),
  @JsonProperty("Ready")
  READY("Ready"),
  @JsonProperty("Failed")
  FAILED("Failed"),
  @JsonProperty("Terminating")
  TERMINATING("Terminating"),
  @JsonProperty("Stopped")
  STOPPED("Stopped");

  private final String value;

  MCPServerPhase(String value) {
    this.value = value;
  }

  /** The value as it appears in the resource's JSON. */
  public String value() {
    return value;
  }
}
