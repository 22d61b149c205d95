package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** The optimizer, which offers clients a search over the tools instead of the whole list. */
@DeepCopy
@JsonClassDescription(
    "The optimizer, which offers clients a search over the tools instead of the whole" + " list.")
public class OptimizerConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The base URL of the embedding service that semantic tool search uses; in Kubernetes,"
          + " spec.embeddingServerRef is simpler.")
  @JsonProperty("embeddingService")
  private String embeddingService;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"30s\"")
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription(
      "How long a request to the embedding service may take; 30s when left out.")
  @JsonProperty("embeddingServiceTimeout")
  private String embeddingServiceTimeout;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Pattern("^([0-9]*[.])?[0-9]+$")
  @JsonPropertyDescription(
      "How much semantic search weighs against keyword search, from 0.0 (keywords only) to"
          + " 1.0 (meaning only); 0.5 when empty. A string, since CRDs have no floating-point type.")
  @JsonProperty("hybridSearchSemanticRatio")
  private String hybridSearchSemanticRatio;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Min(1)
  @Max(50)
  @JsonPropertyDescription("The most tools one search returns; 8 when zero or left out.")
  @JsonProperty("maxToolsToReturn")
  private Integer maxToolsToReturn;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Pattern("^([0-9]*[.])?[0-9]+$")
  @JsonPropertyDescription(
      "How far a semantic result may be from the query, from 0 (identical) to 2 (unrelated),"
          + " before it is dropped; keyword results are kept whatever their distance.")
  @JsonProperty("semanticDistanceThreshold")
  private String semanticDistanceThreshold;

  public String getEmbeddingService() {
    return embeddingService;
  }

  public void setEmbeddingService(String embeddingService) {
    this.embeddingService = embeddingService;
  }

  public String getEmbeddingServiceTimeout() {
    return embeddingServiceTimeout;
  }

  public void setEmbeddingServiceTimeout(String embeddingServiceTimeout) {
    this.embeddingServiceTimeout = embeddingServiceTimeout;
  }

  public String getHybridSearchSemanticRatio() {
    return hybridSearchSemanticRatio;
  }

  public void setHybridSearchSemanticRatio(String hybridSearchSemanticRatio) {
    this.hybridSearchSemanticRatio = hybridSearchSemanticRatio;
  }

  public Integer getMaxToolsToReturn() {
    return maxToolsToReturn;
  }

  public void setMaxToolsToReturn(Integer maxToolsToReturn) {
    this.maxToolsToReturn = maxToolsToReturn;
  }

  public String getSemanticDistanceThreshold() {
    return semanticDistanceThreshold;
  }

  public void setSemanticDistanceThreshold(String semanticDistanceThreshold) {
    this.semanticDistanceThreshold = semanticDistanceThreshold;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public OptimizerConfig deepCopy() {
    return OptimizerConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    OptimizerConfig other = (OptimizerConfig) o;
    return Objects.equals(embeddingService, other.embeddingService)
        && Objects.equals(embeddingServiceTimeout, other.embeddingServiceTimeout)
        && Objects.equals(hybridSearchSemanticRatio, other.hybridSearchSemanticRatio)
        && Objects.equals(maxToolsToReturn, other.maxToolsToReturn)
        && Objects.equals(semanticDistanceThreshold, other.semanticDistanceThreshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        embeddingService,
        embeddingServiceTimeout,
        hybridSearchSemanticRatio,
        maxToolsToReturn,
        semanticDistanceThreshold);
  }
}
