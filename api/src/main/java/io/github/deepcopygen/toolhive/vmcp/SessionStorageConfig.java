package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** Where the virtual server keeps its sessions, filled in by the operator from the spec. */
@DeepCopy
@JsonClassDescription(
    "Where the virtual server keeps its sessions, filled in by the operator from the" + " spec.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.SessionStorageConfig")
public class SessionStorageConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The Redis server's address; needed with the redis provider.")
  @JsonProperty("address")
  private String address;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("0")
  @Min(0)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription("The number of the Redis database.")
  @JsonProperty("db")
  private Integer db;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A prefix for every Redis key ToolHive writes.")
  @JsonProperty("keyPrefix")
  private String keyPrefix;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @CrdMarkers(enumValues = {"memory", "redis"})
  @JsonPropertyDescription("Where sessions are kept: memory or redis.")
  @JsonProperty("provider")
  private String provider;

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Integer getDb() {
    return db;
  }

  public void setDb(Integer db) {
    this.db = db;
  }

  public String getKeyPrefix() {
    return keyPrefix;
  }

  public void setKeyPrefix(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public SessionStorageConfig deepCopy() {
    return SessionStorageConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SessionStorageConfig other = (SessionStorageConfig) o;
    return Objects.equals(address, other.address)
        && Objects.equals(db, other.db)
        && Objects.equals(keyPrefix, other.keyPrefix)
        && Objects.equals(provider, other.provider);
  }

  @Override
  public int hashCode() {
    return Objects.hash(address, db, keyPrefix, provider);
  }
}
