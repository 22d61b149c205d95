package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/** How to find the Sentinels and which master they watch. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.RedisSentinelConfig")
public class RedisSentinelConfig extends UnknownFields {
  @Required
  @JsonPropertyDescription("The name under which Sentinel watches the Redis master.")
  @JsonProperty("masterName")
  private String masterName;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @JsonPropertyDescription("The Sentinels' host:port addresses; not with sentinelService.")
  @JsonProperty("sentinelAddrs")
  private List<String> sentinelAddrs;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "A Kubernetes Service through which the Sentinels are found; not with sentinelAddrs.")
  @JsonProperty("sentinelService")
  private SentinelServiceRef sentinelService;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Default("0")
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription("The number of the Redis database.")
  @JsonProperty("db")
  private int db;

  public String getMasterName() {
    return masterName;
  }

  public void setMasterName(String masterName) {
    this.masterName = masterName;
  }

  public List<String> getSentinelAddrs() {
    return sentinelAddrs;
  }

  public void setSentinelAddrs(List<String> sentinelAddrs) {
    this.sentinelAddrs = sentinelAddrs;
  }

  public SentinelServiceRef getSentinelService() {
    return sentinelService;
  }

  public void setSentinelService(SentinelServiceRef sentinelService) {
    this.sentinelService = sentinelService;
  }

  public int getDb() {
    return db;
  }

  public void setDb(int db) {
    this.db = db;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public RedisSentinelConfig deepCopy() {
    return RedisSentinelConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RedisSentinelConfig other = (RedisSentinelConfig) o;
    return Objects.equals(masterName, other.masterName)
        && Objects.equals(sentinelAddrs, other.sentinelAddrs)
        && Objects.equals(sentinelService, other.sentinelService)
        && db == other.db;
  }

  @Override
  public int hashCode() {
    return Objects.hash(masterName, sentinelAddrs, sentinelService, db);
  }

  @Override
  public String toString() {
    return "RedisSentinelConfig{"
        + "masterName="
        + masterName
        + ", sentinelAddrs="
        + sentinelAddrs
        + ", sentinelService="
        + sentinelService
        + ", db="
        + db
        + "}";
  }
}
