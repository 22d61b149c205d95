package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.runtime.RawExtension;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.vmcp.Config;
import java.util.Objects;

/**
 * What the user asks of a virtual MCP server: authentication both ways, its group, its
 * configuration and scaling.
 */
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServerSpec")
@JsonClassDescription("The virtual MCP server the user asks for.")
public class VirtualMCPServerSpec extends UnknownFields {
  @Required
  @JsonPropertyDescription(
      "How clients authenticate to the virtual server; required, with the anonymous type for"
          + " none. Preferred to config.incomingAuth, and wins over it, since it can refer to"
          + " Secrets.")
  @JsonProperty("incomingAuth")
  private IncomingAuthConfig incomingAuth;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "How the virtual server authenticates to its backends. Preferred to"
          + " config.outgoingAuth, and wins over it, since it can refer to Secrets and ConfigMaps.")
  @JsonProperty("outgoingAuth")
  private OutgoingAuthConfig outgoingAuth;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Default("ClusterIP")
  @CrdMarkers(enumValues = {"ClusterIP", "NodePort", "LoadBalancer"})
  @JsonPropertyDescription("The type of the virtual server's Service.")
  @JsonProperty("serviceType")
  private String serviceType;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Default("ClientIP")
  @CrdMarkers(enumValues = {"ClientIP", "None"})
  @JsonPropertyDescription(
      "Whether the Service sends a client's repeated connections to the same pod: ClientIP,"
          + " the default, since MCP sessions keep state, or None for stateless servers and load"
          + " balancers with affinity of their own.")
  @JsonProperty("sessionAffinity")
  private String sessionAffinity;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "An existing service account for the virtual server; when left out, the operator"
          + " creates one.")
  @JsonProperty("serviceAccount")
  private String serviceAccount;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(freeFormObject = true)
  @JsonPropertyDescription(
      "A pod template merged into the one the operator writes, for what the other fields"
          + " cannot say; the virtual server's container is the one named vmcp. Kept as given,"
          + " unknown fields too.")
  @JsonProperty("podTemplateSpec")
  private RawExtension podTemplateSpec;

  @Required
  @JsonPropertyDescription("The MCPGroup, in the same namespace, whose servers are the backends.")
  @JsonProperty("groupRef")
  private MCPGroupRef groupRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The virtual MCP server's own configuration; its audit settings are honoured here too.")
  @PreserveUnknownFields
  @JsonProperty("config")
  private Config config;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The MCPTelemetryConfig with the shared telemetry settings; it must be in the same"
          + " namespace, as other namespaces are out of reach on purpose.")
  @JsonProperty("telemetryConfigRef")
  private MCPTelemetryConfigReference telemetryConfigRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "An EmbeddingServer in the same namespace; required, and ready, when the optimizer is"
          + " on.")
  @JsonProperty("embeddingServerRef")
  private EmbeddingServerRef embeddingServerRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "An embedded OAuth authorization server: the virtual server then issues tokens itself,"
          + " signing users in through upstream providers, and is the OIDC provider of"
          + " incomingAuth, whose issuer must match.")
  @JsonProperty("authServerConfig")
  private EmbeddedAuthServerConfig authServerConfig;

  @Min(0)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription(
      "How many pods of the virtual server to run (it has one Deployment, so one count);"
          + " when unset, the operator leaves the Deployment's replicas alone, for an autoscaler or"
          + " for people.")
  @JsonProperty("replicas")
  private Integer replicas;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Where sessions are kept so that several replicas can serve them; none when left out.")
  @JsonProperty("sessionStorage")
  private SessionStorageConfig sessionStorage;

  public IncomingAuthConfig getIncomingAuth() {
    return incomingAuth;
  }

  public void setIncomingAuth(IncomingAuthConfig incomingAuth) {
    this.incomingAuth = incomingAuth;
  }

  public OutgoingAuthConfig getOutgoingAuth() {
    return outgoingAuth;
  }

  public void setOutgoingAuth(OutgoingAuthConfig outgoingAuth) {
    this.outgoingAuth = outgoingAuth;
  }

  public String getServiceType() {
    return serviceType;
  }

  public void setServiceType(String serviceType) {
    this.serviceType = serviceType;
  }

  public String getSessionAffinity() {
    return sessionAffinity;
  }

  public void setSessionAffinity(String sessionAffinity) {
    this.sessionAffinity = sessionAffinity;
  }

  public String getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(String serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public RawExtension getPodTemplateSpec() {
    return podTemplateSpec;
  }

  public void setPodTemplateSpec(RawExtension podTemplateSpec) {
    this.podTemplateSpec = podTemplateSpec;
  }

  public MCPGroupRef getGroupRef() {
    return groupRef;
  }

  public void setGroupRef(MCPGroupRef groupRef) {
    this.groupRef = groupRef;
  }

  public Config getConfig() {
    return config;
  }

  public void setConfig(Config config) {
    this.config = config;
  }

  public MCPTelemetryConfigReference getTelemetryConfigRef() {
    return telemetryConfigRef;
  }

  public void setTelemetryConfigRef(MCPTelemetryConfigReference telemetryConfigRef) {
    this.telemetryConfigRef = telemetryConfigRef;
  }

  public EmbeddingServerRef getEmbeddingServerRef() {
    return embeddingServerRef;
  }

  public void setEmbeddingServerRef(EmbeddingServerRef embeddingServerRef) {
    this.embeddingServerRef = embeddingServerRef;
  }

  public EmbeddedAuthServerConfig getAuthServerConfig() {
    return authServerConfig;
  }

  public void setAuthServerConfig(EmbeddedAuthServerConfig authServerConfig) {
    this.authServerConfig = authServerConfig;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public SessionStorageConfig getSessionStorage() {
    return sessionStorage;
  }

  public void setSessionStorage(SessionStorageConfig sessionStorage) {
    this.sessionStorage = sessionStorage;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public VirtualMCPServerSpec deepCopy() {
    return VirtualMCPServerSpecDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    VirtualMCPServerSpec other = (VirtualMCPServerSpec) o;
    return Objects.equals(incomingAuth, other.incomingAuth)
        && Objects.equals(outgoingAuth, other.outgoingAuth)
        && Objects.equals(serviceType, other.serviceType)
        && Objects.equals(sessionAffinity, other.sessionAffinity)
        && Objects.equals(serviceAccount, other.serviceAccount)
        && Objects.equals(podTemplateSpec, other.podTemplateSpec)
        && Objects.equals(groupRef, other.groupRef)
        && Objects.equals(config, other.config)
        && Objects.equals(telemetryConfigRef, other.telemetryConfigRef)
        && Objects.equals(embeddingServerRef, other.embeddingServerRef)
        && Objects.equals(authServerConfig, other.authServerConfig)
        && Objects.equals(replicas, other.replicas)
        && Objects.equals(sessionStorage, other.sessionStorage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        incomingAuth,
        outgoingAuth,
        serviceType,
        sessionAffinity,
        serviceAccount,
        podTemplateSpec,
        groupRef,
        config,
        telemetryConfigRef,
        embeddingServerRef,
        authServerConfig,
        replicas,
        sessionStorage);
  }

  @Override
  public String toString() {
    return "VirtualMCPServerSpec{"
        + "incomingAuth="
        + incomingAuth
        + ", outgoingAuth="
        + outgoingAuth
        + ", serviceType="
        + serviceType
        + ", sessionAffinity="
        + sessionAffinity
        + ", serviceAccount="
        + serviceAccount
        + ", podTemplateSpec="
        + podTemplateSpec
        + ", groupRef="
        + groupRef
        + ", config="
        + config
        + ", telemetryConfigRef="
        + telemetryConfigRef
        + ", embeddingServerRef="
        + embeddingServerRef
        + ", authServerConfig="
        + authServerConfig
        + ", replicas="
        + replicas
        + ", sessionStorage="
        + sessionStorage
        + "}";
  }
}
