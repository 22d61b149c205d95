package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/**
 * Where sessions live when a server runs more than one replica: in memory or in Redis. The
 * annotations are upstream's kubebuilder markers, which fabric8's CRD generator turns into the
 * CRD's schema; what fabric8 has no annotation for (the int32 format it cannot infer from a Java
 * int) comes from {@code @CrdMarkers}.
 */
@DeepCopy
@ValidationRule(
    value = "self.provider == 'redis' ? has(self.address) : true",
    message = "address is required")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.SessionStorageConfig")
public class SessionStorageConfig extends UnknownFields {
  @Required
  @JsonPropertyDescription("Where sessions are kept: memory or redis.")
  @JsonProperty("provider")
  private SessionStorageProvider provider;

  @Size(min = 1)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("The Redis server's address; needed with the redis provider.")
  @JsonProperty("address")
  private String address;

  @Min(0)
  @Default("0")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription("The number of the Redis database.")
  @JsonProperty("db")
  private int db;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription("A prefix for every Redis key ToolHive writes.")
  @JsonProperty("keyPrefix")
  private String keyPrefix;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The Secret key that holds the Redis password.")
  @JsonProperty("passwordRef")
  private SecretKeyRef passwordRef;

  public SessionStorageProvider getProvider() {
    return provider;
  }

  public void setProvider(SessionStorageProvider provider) {
    this.provider = provider;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public int getDb() {
    return db;
  }

  public void setDb(int db) {
    this.db = db;
  }

  public String getKeyPrefix() {
    return keyPrefix;
  }

  public void setKeyPrefix(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  public SecretKeyRef getPasswordRef() {
    return passwordRef;
  }

  public void setPasswordRef(SecretKeyRef passwordRef) {
    this.passwordRef = passwordRef;
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
    return Objects.equals(provider, other.provider)
        && Objects.equals(address, other.address)
        && db == other.db
        && Objects.equals(keyPrefix, other.keyPrefix)
        && Objects.equals(passwordRef, other.passwordRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, address, db, keyPrefix, passwordRef);
  }

  @Override
  public String toString() {
    return "SessionStorageConfig{"
        + "provider="
        + provider
        + ", address="
        + address
        + ", db="
        + db
        + ", keyPrefix="
        + keyPrefix
        + ", passwordRef="
        + passwordRef
        + "}";
  }
}
