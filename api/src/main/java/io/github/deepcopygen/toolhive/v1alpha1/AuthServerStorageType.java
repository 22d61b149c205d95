package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the embedded authorization server keeps its state. */
public enum AuthServerStorageType {
  @JsonProperty("memory")
  MEMORY("memory"),
  @JsonProperty("redis")
  REDIS("redis");

  private final String value;

  AuthServerStorageType(String value) {
    this.value = value;
  }

  /** The value as it appears in the resource's JSON. */
  public String value() {
    return value;
  }
}
