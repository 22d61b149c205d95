package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an MCP server keeps its sessions: in each replica's memory, or in Redis so that any replica
 * can serve any session.
 */
public enum SessionStorageProvider {
  @JsonProperty("memory")
  MEMORY("memory"),
  @JsonProperty("redis")
  REDIS("redis");

  private final String value;

  SessionStorageProvider(String value) {
    this.value = value;
  }

  /** The value as it appears in the resource's JSON. */
  public String value() {
    return value;
  }
}
