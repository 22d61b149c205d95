package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Objects;

/** Audit logging of the MCP operations that pass through the virtual server. */
@DeepCopy
@JsonClassDescription("Audit logging of the MCP operations that pass through the virtual server.")
public class AuditConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The component name the audit events carry.")
  @JsonProperty("component")
  private String component;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("true")
  @JsonPropertyDescription(
      "Looks into successful (2xx) responses for JSON-RPC errors, reading only the start of"
          + " each body, so that application errors are audited as errors.")
  @JsonProperty("detectApplicationErrors")
  private Boolean detectApplicationErrors;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("false")
  @JsonPropertyDescription("Turns audit logging on, with the options set here.")
  @JsonProperty("enabled")
  private Boolean enabled;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The kinds of event to audit; every kind when empty.")
  @JsonProperty("eventTypes")
  private List<String> eventTypes;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Kinds of event never to audit, whatever eventTypes says.")
  @JsonProperty("excludeEventTypes")
  private List<String> excludeEventTypes;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("false")
  @JsonPropertyDescription("Puts the request's data into audit events.")
  @JsonProperty("includeRequestData")
  private Boolean includeRequestData;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("false")
  @JsonPropertyDescription("Puts the response's data into audit events.")
  @JsonProperty("includeResponseData")
  private Boolean includeResponseData;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The file to write audit events to; standard output when empty.")
  @JsonProperty("logFile")
  private String logFile;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("1024")
  @JsonPropertyDescription("The most bytes of request or response data an audit event holds.")
  @JsonProperty("maxDataSize")
  private Integer maxDataSize;

  public String getComponent() {
    return component;
  }

  public void setComponent(String component) {
    this.component = component;
  }

  public Boolean getDetectApplicationErrors() {
    return detectApplicationErrors;
  }

  public void setDetectApplicationErrors(Boolean detectApplicationErrors) {
    this.detectApplicationErrors = detectApplicationErrors;
  }

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public List<String> getEventTypes() {
    return eventTypes;
  }

  public void setEventTypes(List<String> eventTypes) {
    this.eventTypes = eventTypes;
  }

  public List<String> getExcludeEventTypes() {
    return excludeEventTypes;
  }

  public void setExcludeEventTypes(List<String> excludeEventTypes) {
    this.excludeEventTypes = excludeEventTypes;
  }

  public Boolean getIncludeRequestData() {
    return includeRequestData;
  }

  public void setIncludeRequestData(Boolean includeRequestData) {
    this.includeRequestData = includeRequestData;
  }

  public Boolean getIncludeResponseData() {
    return includeResponseData;
  }

  public void setIncludeResponseData(Boolean includeResponseData) {
    this.includeResponseData = includeResponseData;
  }

  public String getLogFile() {
    return logFile;
  }

  public void setLogFile(String logFile) {
    this.logFile = logFile;
  }

  public Integer getMaxDataSize() {
    return maxDataSize;
  }

  public void setMaxDataSize(Integer maxDataSize) {
    this.maxDataSize = maxDataSize;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public AuditConfig deepCopy() {
    return AuditConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    AuditConfig other = (AuditConfig) o;
    return Objects.equals(component, other.component)
        && Objects.equals(detectApplicationErrors, other.detectApplicationErrors)
        && Objects.equals(enabled, other.enabled)
        && Objects.equals(eventTypes, other.eventTypes)
        && Objects.equals(excludeEventTypes, other.excludeEventTypes)
        && Objects.equals(includeRequestData, other.includeRequestData)
        && Objects.equals(includeResponseData, other.includeResponseData)
        && Objects.equals(logFile, other.logFile)
        && Objects.equals(maxDataSize, other.maxDataSize);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        component,
        detectApplicationErrors,
        enabled,
        eventTypes,
        excludeEventTypes,
        includeRequestData,
        includeResponseData,
        logFile,
        maxDataSize);
  }
}
