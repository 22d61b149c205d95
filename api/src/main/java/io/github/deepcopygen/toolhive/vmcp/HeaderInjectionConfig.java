package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Objects;

/** A header with a credential that the virtual server adds to every request to a backend. */
@DeepCopy
@JsonClassDescription(
    "A header with a credential that the virtual server adds to every request to a" + " backend.")
public class HeaderInjectionConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The header to add (Authorization, say).")
  @JsonProperty("headerName")
  private String headerName;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The header's value, written here; set this or headerValueEnv.")
  @JsonProperty("headerValue")
  private String headerValue;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The environment variable that holds the header's value, read when the server runs;"
          + " set this or headerValue.")
  @JsonProperty("headerValueEnv")
  private String headerValueEnv;

  public String getHeaderName() {
    return headerName;
  }

  public void setHeaderName(String headerName) {
    this.headerName = headerName;
  }

  public String getHeaderValue() {
    return headerValue;
  }

  public void setHeaderValue(String headerValue) {
    this.headerValue = headerValue;
  }

  public String getHeaderValueEnv() {
    return headerValueEnv;
  }

  public void setHeaderValueEnv(String headerValueEnv) {
    this.headerValueEnv = headerValueEnv;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public HeaderInjectionConfig deepCopy() {
    return HeaderInjectionConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    HeaderInjectionConfig other = (HeaderInjectionConfig) o;
    return Objects.equals(headerName, other.headerName)
        && Objects.equals(headerValue, other.headerValue)
        && Objects.equals(headerValueEnv, other.headerValueEnv);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headerName, headerValue, headerValueEnv);
  }
}
