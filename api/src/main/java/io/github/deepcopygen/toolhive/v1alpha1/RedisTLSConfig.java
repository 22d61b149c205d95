package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** TLS settings for a Redis connection. */
@DeepCopy
public class RedisTLSConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @JsonPropertyDescription(
      "Accepts any server certificate, for self-signed ones; the connection is then open to"
          + " impostors.")
  @JsonProperty("insecureSkipVerify")
  private boolean insecureSkipVerify;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The Secret with the PEM CA certificate that the server's certificate must chain to;"
          + " the system's root CAs when left out.")
  @JsonProperty("caCertSecretRef")
  private SecretKeyRef caCertSecretRef;

  public boolean isInsecureSkipVerify() {
    return insecureSkipVerify;
  }

  public void setInsecureSkipVerify(boolean insecureSkipVerify) {
    this.insecureSkipVerify = insecureSkipVerify;
  }

  public SecretKeyRef getCaCertSecretRef() {
    return caCertSecretRef;
  }

  public void setCaCertSecretRef(SecretKeyRef caCertSecretRef) {
    this.caCertSecretRef = caCertSecretRef;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public RedisTLSConfig deepCopy() {
    return RedisTLSConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    RedisTLSConfig other = (RedisTLSConfig) o;
    return insecureSkipVerify == other.insecureSkipVerify
        && Objects.equals(caCertSecretRef, other.caCertSecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(insecureSkipVerify, caCertSecretRef);
  }

  @Override
  public String toString() {
    return "RedisTLSConfig{"
        + "insecureSkipVerify="
        + insecureSkipVerify
        + ", caCertSecretRef="
        + caCertSecretRef
        + "}";
  }
}
