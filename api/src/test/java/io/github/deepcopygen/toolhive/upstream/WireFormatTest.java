package io.github.deepcopygen.toolhive.upstream;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec;
import io.github.deepcopygen.toolhive.v1alpha1.RateLimitBucket;
import io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Go's wire formats survive a read and a write: durations as Go writes them, unknown fields kept.
 */
class WireFormatTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  @Test
  void durationsReadAndWriteGoSyntax() {
    JsonNode json =
        SERIALIZATION.convertValue(
            SERIALIZATION.unmarshal(
                "{\"maxTokens\": 10, \"refillPeriod\": \"1m30s\"}", RateLimitBucket.class),
            JsonNode.class);
    assertThat(json.path("refillPeriod").asText()).isEqualTo("1m30s");
    RateLimitBucket bucket =
        SERIALIZATION.unmarshal(
            "{\"maxTokens\": 1, \"refillPeriod\": \"10s\"}", RateLimitBucket.class);
    assertThat(bucket.getRefillPeriod().getDuration()).isEqualTo(Duration.ofSeconds(10));
    RateLimitBucket copy = bucket.deepCopy();
    assertThat(copy.getRefillPeriod()).isNotSameInstanceAs(bucket.getRefillPeriod());
    assertThat(copy.getRefillPeriod()).isEqualTo(bucket.getRefillPeriod());
  }

  @Test
  void unknownFieldsAreKeptWrittenBackAndCopied() {
    String json = "{\"image\": \"fetch\", \"fromANewerOperator\": {\"depth\": [1, \"two\"]}}";
    MCPServerSpec spec = SERIALIZATION.unmarshal(json, MCPServerSpec.class);
    JsonNode written = SERIALIZATION.convertValue(spec, JsonNode.class);
    assertThat(written).isEqualTo(SERIALIZATION.unmarshal(json, JsonNode.class));
    MCPServerSpec copy = spec.deepCopy();
    assertThat(SERIALIZATION.convertValue(copy, JsonNode.class)).isEqualTo(written);
    assertThat(copy.getAdditionalProperties().get("fromANewerOperator"))
        .isNotSameInstanceAs(spec.getAdditionalProperties().get("fromANewerOperator"));
  }

  @Test
  void anAbsentMetadataStaysAbsent() {
    MCPServer server =
        SERIALIZATION.unmarshal(
            "{\"apiVersion\": \"toolhive.stacklok.dev/v1alpha1\", \"kind\": \"MCPServer\","
                + " \"spec\": {\"image\": \"fetch\"}}",
            MCPServer.class);
    assertThat(SERIALIZATION.convertValue(server, JsonNode.class).has("metadata")).isFalse();
    assertThat(SERIALIZATION.convertValue(server.deepCopy(), JsonNode.class).has("metadata"))
        .isFalse();
  }

  @Test
  void unknownTopLevelFieldsAreKeptWrittenBackAndCopied() {
    String json =
        "{\"apiVersion\": \"toolhive.stacklok.dev/v1alpha1\", \"kind\": \"VirtualMCPServer\","
            + " \"metadata\": {\"name\": \"v\"}, \"spec\": {}, \"fromANewerOperator\": {\"a\": [1]}}";
    VirtualMCPServer server = SERIALIZATION.unmarshal(json, VirtualMCPServer.class);
    JsonNode expected = SERIALIZATION.unmarshal(json, JsonNode.class);
    assertThat(SERIALIZATION.convertValue(server, JsonNode.class)).isEqualTo(expected);
    assertThat(SERIALIZATION.convertValue(server.deepCopy(), JsonNode.class)).isEqualTo(expected);
  }
}
