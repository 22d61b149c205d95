package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** OpenTelemetry tracing and metrics of the virtual server. */
@DeepCopy
@JsonClassDescription("OpenTelemetry tracing and metrics of the virtual server.")
public class TelemetryConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "A CA bundle file to verify the OTLP collector's certificate with, instead of the"
          + " system's CAs alone.")
  @JsonProperty("caCertPath")
  private String caCertPath;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Resource attributes added to every signal, as name and value pairs (also from"
          + " --otel-custom-attributes or OTEL_RESOURCE_ATTRIBUTES).")
  @JsonProperty("customAttributes")
  private Map<String, String> customAttributes;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("false")
  @JsonPropertyDescription(
      "Serves Prometheus metrics at /metrics on the main port, apart from any OTLP metrics.")
  @JsonProperty("enablePrometheusMetricsPath")
  private Boolean enablePrometheusMetricsPath;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The OTLP endpoint's URL.")
  @JsonProperty("endpoint")
  private String endpoint;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The environment variables to record as span attributes; no others are read.")
  @JsonProperty("environmentVariables")
  private List<String> environmentVariables;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Headers for the OTLP endpoint, to authenticate with.")
  @JsonProperty("headers")
  private Map<String, String> headers;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("false")
  @JsonPropertyDescription("Talks to the OTLP endpoint over HTTP instead of HTTPS.")
  @JsonProperty("insecure")
  private Boolean insecure;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("false")
  @JsonPropertyDescription(
      "Sends OTLP metrics; off means none are sent, even with an endpoint, whatever the"
          + " Prometheus path does.")
  @JsonProperty("metricsEnabled")
  private Boolean metricsEnabled;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"0.05\"")
  @JsonPropertyDescription(
      "The share of traces to keep, from 0.0 to 1.0, as a string (0.05 keeps 5%); only with"
          + " tracing on.")
  @JsonProperty("samplingRate")
  private String samplingRate;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The service name in telemetry; the server's name when left out.")
  @JsonProperty("serviceName")
  private String serviceName;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The service version in telemetry; ToolHive's version when left out.")
  @JsonProperty("serviceVersion")
  private String serviceVersion;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("false")
  @JsonPropertyDescription(
      "Turns distributed tracing on; off means no tracer at all, even with an endpoint.")
  @JsonProperty("tracingEnabled")
  private Boolean tracingEnabled;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("true")
  @JsonPropertyDescription(
      "Writes the attribute names of before the MCP semantic conventions too, beside the new"
          + " ones, for existing dashboards.")
  @JsonProperty("useLegacyAttributes")
  private Boolean useLegacyAttributes;

  public String getCaCertPath() {
    return caCertPath;
  }

  public void setCaCertPath(String caCertPath) {
    this.caCertPath = caCertPath;
  }

  public Map<String, String> getCustomAttributes() {
    return customAttributes;
  }

  public void setCustomAttributes(Map<String, String> customAttributes) {
    this.customAttributes = customAttributes;
  }

  public Boolean getEnablePrometheusMetricsPath() {
    return enablePrometheusMetricsPath;
  }

  public void setEnablePrometheusMetricsPath(Boolean enablePrometheusMetricsPath) {
    this.enablePrometheusMetricsPath = enablePrometheusMetricsPath;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public List<String> getEnvironmentVariables() {
    return environmentVariables;
  }

  public void setEnvironmentVariables(List<String> environmentVariables) {
    this.environmentVariables = environmentVariables;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }

  public void setHeaders(Map<String, String> headers) {
    this.headers = headers;
  }

  public Boolean getInsecure() {
    return insecure;
  }

  public void setInsecure(Boolean insecure) {
    this.insecure = insecure;
  }

  public Boolean getMetricsEnabled() {
    return metricsEnabled;
  }

  public void setMetricsEnabled(Boolean metricsEnabled) {
    this.metricsEnabled = metricsEnabled;
  }

  public String getSamplingRate() {
    return samplingRate;
  }

  public void setSamplingRate(String samplingRate) {
    this.samplingRate = samplingRate;
  }

  public String getServiceName() {
    return serviceName;
  }

  public void setServiceName(String serviceName) {
    this.serviceName = serviceName;
  }

  public String getServiceVersion() {
    return serviceVersion;
  }

  public void setServiceVersion(String serviceVersion) {
    this.serviceVersion = serviceVersion;
  }

  public Boolean getTracingEnabled() {
    return tracingEnabled;
  }

  public void setTracingEnabled(Boolean tracingEnabled) {
    this.tracingEnabled = tracingEnabled;
  }

  public Boolean getUseLegacyAttributes() {
    return useLegacyAttributes;
  }

  public void setUseLegacyAttributes(Boolean useLegacyAttributes) {
    this.useLegacyAttributes = useLegacyAttributes;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public TelemetryConfig deepCopy() {
    return TelemetryConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    TelemetryConfig other = (TelemetryConfig) o;
    return Objects.equals(caCertPath, other.caCertPath)
        && Objects.equals(customAttributes, other.customAttributes)
        && Objects.equals(enablePrometheusMetricsPath, other.enablePrometheusMetricsPath)
        && Objects.equals(endpoint, other.endpoint)
        && Objects.equals(environmentVariables, other.environmentVariables)
        && Objects.equals(headers, other.headers)
        && Objects.equals(insecure, other.insecure)
        && Objects.equals(metricsEnabled, other.metricsEnabled)
        && Objects.equals(samplingRate, other.samplingRate)
        && Objects.equals(serviceName, other.serviceName)
        && Objects.equals(serviceVersion, other.serviceVersion)
        && Objects.equals(tracingEnabled, other.tracingEnabled)
        && Objects.equals(useLegacyAttributes, other.useLegacyAttributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        caCertPath,
        customAttributes,
        enablePrometheusMetricsPath,
        endpoint,
        environmentVariables,
        headers,
        insecure,
        metricsEnabled,
        samplingRate,
        serviceName,
        serviceVersion,
        tracingEnabled,
        useLegacyAttributes);
  }
}
