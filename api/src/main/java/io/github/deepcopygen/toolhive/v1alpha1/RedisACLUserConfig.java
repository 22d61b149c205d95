package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Secrets holding the Redis ACL user name and password. */
@DeepCopy
public class RedisACLUserConfig extends UnknownFields {
  @Required
  @JsonPropertyDescription("The Secret with the Redis ACL user's name.")
  @JsonProperty("usernameSecretRef")
  private SecretKeyRef usernameSecretRef;

  @Required
  @JsonPropertyDescription("The Secret with the Redis ACL user's password.")
  @JsonProperty("passwordSecretRef")
  private SecretKeyRef passwordSecretRef;

  public SecretKeyRef getUsernameSecretRef() {
    return usernameSecretRef;
  }

  public void setUsernameSecretRef(SecretKeyRef usernameSecretRef) {
    this.usernameSecretRef = usernameSecretRef;
  }

  public SecretKeyRef getPasswordSecretRef() {
    return passwordSecretRef;
  }

  public void setPasswordSecretRef(SecretKeyRef passwordSecretRef) {
    this.passwordSecretRef = passwordSecretRef;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public RedisACLUserConfig deepCopy() {
    return RedisACLUserConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RedisACLUserConfig other = (RedisACLUserConfig) o;
    return Objects.equals(usernameSecretRef, other.usernameSecretRef)
        && Objects.equals(passwordSecretRef, other.passwordSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(usernameSecretRef, passwordSecretRef);
  }

  @Override
  public String toString() {
    return "RedisACLUserConfig{"
        + "usernameSecretRef="
        + usernameSecretRef
        + ", passwordSecretRef="
        + passwordSecretRef
        + "}";
  }
}
