package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Map;
import java.util.Objects;

/** Where and how to fetch user information from an upstream provider. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.UserInfoConfig")
public class UserInfoConfig extends UnknownFields {
  /** Required. Must match {@code ^https?://.*$}. */
  @Required
  @Pattern("^https?://.*$")
  @JsonPropertyDescription("The URL of the user info endpoint.")
  @JsonProperty("endpointUrl")
  private String endpointUrl;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(enumValues = {"GET", "POST"})
  @JsonPropertyDescription("The HTTP method of the user info request; GET when left out.")
  @JsonProperty("httpMethod")
  private String httpMethod;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "Extra headers for the user info request, for providers that want them (GitHub's"
          + " Accept header).")
  @JsonProperty("additionalHeaders")
  private Map<String, String> additionalHeaders;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Which response fields hold the user's ID, name and email, for providers that do not"
          + " use OIDC's sub, name and email.")
  @JsonProperty("fieldMapping")
  private UserInfoFieldMapping fieldMapping;

  public String getEndpointUrl() {
    return endpointUrl;
  }

  public void setEndpointUrl(String endpointUrl) {
    this.endpointUrl = endpointUrl;
  }

  public String getHttpMethod() {
    return httpMethod;
  }

  public void setHttpMethod(String httpMethod) {
    this.httpMethod = httpMethod;
  }

  public Map<String, String> getAdditionalHeaders() {
    return additionalHeaders;
  }

  public void setAdditionalHeaders(Map<String, String> additionalHeaders) {
    this.additionalHeaders = additionalHeaders;
  }

  public UserInfoFieldMapping getFieldMapping() {
    return fieldMapping;
  }

  public void setFieldMapping(UserInfoFieldMapping fieldMapping) {
    this.fieldMapping = fieldMapping;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public UserInfoConfig deepCopy() {
    return UserInfoConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UserInfoConfig other = (UserInfoConfig) o;
    return Objects.equals(endpointUrl, other.endpointUrl)
        && Objects.equals(httpMethod, other.httpMethod)
        && Objects.equals(additionalHeaders, other.additionalHeaders)
        && Objects.equals(fieldMapping, other.fieldMapping);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endpointUrl, httpMethod, additionalHeaders, fieldMapping);
  }

  @Override
  public String toString() {
    return "UserInfoConfig{"
        + "endpointUrl="
        + endpointUrl
        + ", httpMethod="
        + httpMethod
        + ", additionalHeaders="
        + additionalHeaders
        + ", fieldMapping="
        + fieldMapping
        + "}";
  }
}
