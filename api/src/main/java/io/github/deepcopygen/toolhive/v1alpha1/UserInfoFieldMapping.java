package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/** Which claims of the user information hold the subject, name and email. */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.UserInfoFieldMapping")
public class UserInfoFieldMapping extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @JsonPropertyDescription(
      "The fields to look in for the user's ID, in order; the first non-empty one wins (sub"
          + " when left out).")
  @JsonProperty("subjectFields")
  private List<String> subjectFields;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @JsonPropertyDescription(
      "The fields to look in for the display name, in order; the first non-empty one wins"
          + " (name when left out).")
  @JsonProperty("nameFields")
  private List<String> nameFields;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @JsonPropertyDescription(
      "The fields to look in for the email address, in order; the first non-empty one wins"
          + " (email when left out).")
  @JsonProperty("emailFields")
  private List<String> emailFields;

  public List<String> getSubjectFields() {
    return subjectFields;
  }

  public void setSubjectFields(List<String> subjectFields) {
    this.subjectFields = subjectFields;
  }

  public List<String> getNameFields() {
    return nameFields;
  }

  public void setNameFields(List<String> nameFields) {
    this.nameFields = nameFields;
  }

  public List<String> getEmailFields() {
    return emailFields;
  }

  public void setEmailFields(List<String> emailFields) {
    this.emailFields = emailFields;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public UserInfoFieldMapping deepCopy() {
    return UserInfoFieldMappingDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UserInfoFieldMapping other = (UserInfoFieldMapping) o;
    return Objects.equals(subjectFields, other.subjectFields)
        && Objects.equals(nameFields, other.nameFields)
        && Objects.equals(emailFields, other.emailFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subjectFields, nameFields, emailFields);
  }

  @Override
  public String toString() {
    return "UserInfoFieldMapping{"
        + "subjectFields="
        + subjectFields
        + ", nameFields="
        + nameFields
        + ", emailFields="
        + emailFields
        + "}";
  }
}
