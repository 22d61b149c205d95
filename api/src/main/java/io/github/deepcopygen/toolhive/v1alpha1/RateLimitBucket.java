package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.Duration;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/** A token bucket: how many tokens it holds and how often it refills. */
@DeepCopy(uses = GoDurations.class)
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.RateLimitBucket")
public class RateLimitBucket extends UnknownFields {
  @Required
  @Min(1)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription(
      "How many tokens the bucket holds, which is also how many requests may come at once"
          + " before it runs dry.")
  @JsonProperty("maxTokens")
  private int maxTokens;

  /**
   * Required. How long the bucket takes to fill from empty, in Go's duration syntax on the wire
   * ({@code "1m0s"}, {@code "30s"}): fabric8's {@code Duration} reads it, {@link GoDurations}
   * writes it.
   */
  @Required
  @JsonSerialize(using = GoDurations.Serializer.class)
  @SchemaFrom(type = String.class)
  @JsonPropertyDescription(
      "How long the bucket takes to fill up from empty, so that it refills at maxTokens /"
          + " refillPeriod tokens a second; a Go duration (1m0s, 30s).")
  @JsonProperty("refillPeriod")
  private Duration refillPeriod;

  public int getMaxTokens() {
    return maxTokens;
  }

  public void setMaxTokens(int maxTokens) {
    this.maxTokens = maxTokens;
  }

  public Duration getRefillPeriod() {
    return refillPeriod;
  }

  public void setRefillPeriod(Duration refillPeriod) {
    this.refillPeriod = refillPeriod;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public RateLimitBucket deepCopy() {
    return RateLimitBucketDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RateLimitBucket other = (RateLimitBucket) o;
    return maxTokens == other.maxTokens && Objects.equals(refillPeriod, other.refillPeriod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxTokens, refillPeriod);
  }

  @Override
  public String toString() {
    return "RateLimitBucket{" + "maxTokens=" + maxTokens + ", refillPeriod=" + refillPeriod + "}";
  }
}
