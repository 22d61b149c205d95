package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** A Redis deployment reached through Sentinel, with ACL credentials. */
@DeepCopy
public class RedisStorageConfig extends UnknownFields {
  @Required
  @JsonPropertyDescription("How to find Redis through Sentinel.")
  @JsonProperty("sentinelConfig")
  private RedisSentinelConfig sentinelConfig;

  @Required
  @JsonPropertyDescription("The Redis ACL user to authenticate as.")
  @JsonProperty("aclUserConfig")
  private RedisACLUserConfig aclUserConfig;

  /**
   * Must match {@code ^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$}. The API server fills in 5s when
   * it is left out.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @Default("5s")
  @JsonPropertyDescription("How long to wait for a connection, as a Go duration (5s, 1m).")
  @JsonProperty("dialTimeout")
  private String dialTimeout;

  /**
   * Must match {@code ^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$}. The API server fills in 3s when
   * it is left out.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @Default("3s")
  @JsonPropertyDescription("How long to wait for a read, as a Go duration (3s, 1m).")
  @JsonProperty("readTimeout")
  private String readTimeout;

  /**
   * Must match {@code ^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$}. The API server fills in 3s when
   * it is left out.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @Default("3s")
  @JsonPropertyDescription("How long to wait for a write, as a Go duration (3s, 1m).")
  @JsonProperty("writeTimeout")
  private String writeTimeout;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "TLS for the connections to the Redis or Valkey master; present means TLS, absent"
          + " means plain text.")
  @JsonProperty("tls")
  private RedisTLSConfig tls;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "TLS for the connections to the Sentinels; present means TLS, absent means plain text,"
          + " whatever tls says.")
  @JsonProperty("sentinelTls")
  private RedisTLSConfig sentinelTls;

  public RedisSentinelConfig getSentinelConfig() {
    return sentinelConfig;
  }

  public void setSentinelConfig(RedisSentinelConfig sentinelConfig) {
    this.sentinelConfig = sentinelConfig;
  }

  public RedisACLUserConfig getAclUserConfig() {
    return aclUserConfig;
  }

  public void setAclUserConfig(RedisACLUserConfig aclUserConfig) {
    this.aclUserConfig = aclUserConfig;
  }

  public String getDialTimeout() {
    return dialTimeout;
  }

  public void setDialTimeout(String dialTimeout) {
    this.dialTimeout = dialTimeout;
  }

  public String getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(String readTimeout) {
    this.readTimeout = readTimeout;
  }

  public String getWriteTimeout() {
    return writeTimeout;
  }

  public void setWriteTimeout(String writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  public RedisTLSConfig getTls() {
    return tls;
  }

  public void setTls(RedisTLSConfig tls) {
    this.tls = tls;
  }

  public RedisTLSConfig getSentinelTls() {
    return sentinelTls;
  }

  public void setSentinelTls(RedisTLSConfig sentinelTls) {
    this.sentinelTls = sentinelTls;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public RedisStorageConfig deepCopy() {
    return RedisStorageConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RedisStorageConfig other = (RedisStorageConfig) o;
    return Objects.equals(sentinelConfig, other.sentinelConfig)
        && Objects.equals(aclUserConfig, other.aclUserConfig)
        && Objects.equals(dialTimeout, other.dialTimeout)
        && Objects.equals(readTimeout, other.readTimeout)
        && Objects.equals(writeTimeout, other.writeTimeout)
        && Objects.equals(tls, other.tls)
        && Objects.equals(sentinelTls, other.sentinelTls);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sentinelConfig, aclUserConfig, dialTimeout, readTimeout, writeTimeout, tls, sentinelTls);
  }

  @Override
  public String toString() {
    return "RedisStorageConfig{"
        + "sentinelConfig="
        + sentinelConfig
        + ", aclUserConfig="
        + aclUserConfig
        + ", dialTimeout="
        + dialTimeout
        + ", readTimeout="
        + readTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", tls="
        + tls
        + ", sentinelTls="
        + sentinelTls
        + "}";
  }
}
