package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Where the embedded authorization server keeps its state. */
@DeepCopy
public class AuthServerStorageConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("memory")
  @JsonPropertyDescription("Where the auth server keeps its state: memory, the default, or redis.")
  @JsonProperty("type")
  private AuthServerStorageType type;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("How to reach Redis; needed when the storage type is redis.")
  @JsonProperty("redis")
  private RedisStorageConfig redis;

  public AuthServerStorageType getType() {
    return type;
  }

  public void setType(AuthServerStorageType type) {
    this.type = type;
  }

  public RedisStorageConfig getRedis() {
    return redis;
  }

  public void setRedis(RedisStorageConfig redis) {
    this.redis = redis;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public AuthServerStorageConfig deepCopy() {
    return AuthServerStorageConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuthServerStorageConfig other = (AuthServerStorageConfig) o;
    return Objects.equals(type, other.type) && Objects.equals(redis, other.redis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, redis);
  }

  @Override
  public String toString() {
    return "AuthServerStorageConfig{" + "type=" + type + ", redis=" + redis + "}";
  }
}
