package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.runtime.RawExtension;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.List;
import java.util.Objects;

/**
 * What the user asks for: the server image, its transport, its proxy and everything around them.
 *
 * <p>Upstream's markers are fabric8 generator annotations where fabric8 has one, and
 * {@code @CrdMarkers} (written by {@code SchemaMarkers}) where it has none.
 */
@ValidationRule(
    value =
        "!has(self.rateLimiting) || (has(self.sessionStorage) && self.sessionStorage.provider == 'redis')",
    message = "rateLimiting requires sessionStorage with provider 'redis'")
@ValidationRule(
    value =
        "!(has(self.rateLimiting) && has(self.rateLimiting.perUser)) || has(self.oidcConfigRef) || has(self.externalAuthConfigRef)",
    message =
        "rateLimiting.perUser requires authentication (oidcConfigRef or externalAuthConfigRef)")
@ValidationRule(
    value =
        "!has(self.rateLimiting) || !has(self.rateLimiting.tools) || self.rateLimiting.tools.all(t, !has(t.perUser)) || has(self.oidcConfigRef) || has(self.externalAuthConfigRef)",
    message =
        "per-tool perUser rate limiting requires authentication (oidcConfigRef or externalAuthConfigRef)")
@DeepCopy
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec")
@JsonClassDescription("The MCP server the user asks for.")
public class MCPServerSpec extends UnknownFields {
  @Required
  @JsonPropertyDescription("The container image of the MCP server.")
  @JsonProperty("image")
  private String image;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Default("stdio")
  @CrdMarkers(enumValues = {"stdio", "streamable-http", "sse"})
  @JsonPropertyDescription("How the MCP server talks: stdio, streamable-http or sse.")
  @JsonProperty("transport")
  private String transport;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Default("streamable-http")
  @CrdMarkers(enumValues = {"sse", "streamable-http"})
  @JsonPropertyDescription(
      "How the proxy serves a stdio server to clients: sse or streamable-http. Only for the"
          + " stdio transport; ignored for the others, even when the default is filled in.")
  @JsonProperty("proxyMode")
  private String proxyMode;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Min(1)
  @Max(65535)
  @Default("8080")
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription("The port the proxy runner is reached on.")
  @JsonProperty("proxyPort")
  private int proxyPort;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Min(1)
  @Max(65535)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription("The port the MCP server itself listens on.")
  @JsonProperty("mcpPort")
  private int mcpPort;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "atomic")
  @JsonPropertyDescription("More command-line arguments for the MCP server.")
  @JsonProperty("args")
  private List<String> args;

  /** Entries are keyed by {@code name}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "map", listMapKeys = "name")
  @JsonPropertyDescription("Environment variables for the MCP server's container.")
  @JsonProperty("env")
  private List<EnvVar> env;

  /** Entries are keyed by {@code name}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "map", listMapKeys = "name")
  @JsonPropertyDescription("Volumes to mount into the MCP server's container.")
  @JsonProperty("volumes")
  private List<Volume> volumes;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The compute resources of the MCP server's container.")
  @JsonProperty("resources")
  private ResourceRequirements resources;

  /** Entries are keyed by {@code name}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @CrdMarkers(listType = "map", listMapKeys = "name")
  @JsonPropertyDescription("Secrets to mount into the MCP server's container.")
  @JsonProperty("secrets")
  private List<SecretRef> secrets;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "An existing service account for the MCP server; when left out, the operator creates"
          + " one.")
  @JsonProperty("serviceAccount")
  private String serviceAccount;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The permission profile the server runs with.")
  @JsonProperty("permissionProfile")
  private PermissionProfileRef permissionProfile;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(freeFormObject = true)
  @JsonPropertyDescription(
      "A pod template merged into the one the operator writes, for what the other fields"
          + " cannot say; the MCP server's container is the one named mcp. Kept as given, unknown"
          + " fields too.")
  @JsonProperty("podTemplateSpec")
  private RawExtension podTemplateSpec;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Annotations and labels to add to the resources the operator creates.")
  @JsonProperty("resourceOverrides")
  private ResourceOverrides resourceOverrides;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The shared MCPOIDCConfig, in the same namespace, that validates clients' tokens; this"
          + " server's own audience and scopes are set here.")
  @JsonProperty("oidcConfigRef")
  private MCPOIDCConfigReference oidcConfigRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The authorization policies that calls to this server must pass.")
  @JsonProperty("authzConfig")
  private AuthzConfigRef authzConfig;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Audit logging for this server.")
  @JsonProperty("audit")
  private AuditConfig audit;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The MCPToolConfig that filters and renames the server's tools; it must be in the same"
          + " namespace, as other namespaces are out of reach on purpose.")
  @JsonProperty("toolConfigRef")
  private ToolConfigRef toolConfigRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The MCPExternalAuthConfig, in the same namespace, that sets up external"
          + " authentication.")
  @JsonProperty("externalAuthConfigRef")
  private ExternalAuthConfigRef externalAuthConfigRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "A resource that sets up an embedded OAuth 2.0 / OIDC authorization server for MCP"
          + " clients; only an MCPExternalAuthConfig of type embeddedAuthServer, for now.")
  @JsonProperty("authServerRef")
  private AuthServerRef authServerRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The MCPTelemetryConfig with the shared telemetry settings; it must be in the same"
          + " namespace, as other namespaces are out of reach on purpose.")
  @JsonProperty("telemetryConfigRef")
  private MCPTelemetryConfigReference telemetryConfigRef;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Default("false")
  @JsonPropertyDescription(
      "Whether to believe the X-Forwarded-Proto, -Host, -Port and -Prefix headers of a"
          + " reverse proxy when the proxy builds endpoint URLs.")
  @JsonProperty("trustProxyHeaders")
  private boolean trustProxyHeaders;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyDescription(
      "A path prefix to put in front of the SSE endpoint URLs, for an ingress that strips it"
          + " before forwarding.")
  @JsonProperty("endpointPrefix")
  private String endpointPrefix;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The MCPGroup, in the same namespace, that this server belongs to.")
  @JsonProperty("groupRef")
  private MCPGroupRef groupRef;

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Default("ClientIP")
  @CrdMarkers(enumValues = {"ClientIP", "None"})
  @JsonPropertyDescription(
      "Whether the Service sends a client's repeated connections to the same pod: ClientIP,"
          + " the default, since MCP sessions keep state, or None for stateless servers and load"
          + " balancers with affinity of their own.")
  @JsonProperty("sessionAffinity")
  private String sessionAffinity;

  @Min(0)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription(
      "How many pods of the proxy runner to run; the MCP server backend has its own count."
          + " When unset, the operator leaves the Deployment's replicas alone, for an autoscaler or"
          + " for people.")
  @JsonProperty("replicas")
  private Integer replicas;

  @Min(0)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(format = "int32")
  @JsonPropertyDescription(
      "How many pods of the MCP server itself to run, apart from the proxy runner's count;"
          + " when unset, the operator leaves the Deployment's replicas alone, for an autoscaler or"
          + " for people.")
  @JsonProperty("backendReplicas")
  private Integer backendReplicas;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Where sessions are kept so that several replicas can serve them; none when left out.")
  @JsonProperty("sessionStorage")
  private SessionStorageConfig sessionStorage;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Limits on how fast the server may be called; they need Redis session storage, so that"
          + " every replica counts the same calls.")
  @JsonProperty("rateLimiting")
  private RateLimitConfig rateLimiting;

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public String getTransport() {
    return transport;
  }

  public void setTransport(String transport) {
    this.transport = transport;
  }

  public String getProxyMode() {
    return proxyMode;
  }

  public void setProxyMode(String proxyMode) {
    this.proxyMode = proxyMode;
  }

  public int getProxyPort() {
    return proxyPort;
  }

  public void setProxyPort(int proxyPort) {
    this.proxyPort = proxyPort;
  }

  public int getMcpPort() {
    return mcpPort;
  }

  public void setMcpPort(int mcpPort) {
    this.mcpPort = mcpPort;
  }

  public List<String> getArgs() {
    return args;
  }

  public void setArgs(List<String> args) {
    this.args = args;
  }

  public List<EnvVar> getEnv() {
    return env;
  }

  public void setEnv(List<EnvVar> env) {
    this.env = env;
  }

  public List<Volume> getVolumes() {
    return volumes;
  }

  public void setVolumes(List<Volume> volumes) {
    this.volumes = volumes;
  }

  public ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(ResourceRequirements resources) {
    this.resources = resources;
  }

  public List<SecretRef> getSecrets() {
    return secrets;
  }

  public void setSecrets(List<SecretRef> secrets) {
    this.secrets = secrets;
  }

  public String getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(String serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public PermissionProfileRef getPermissionProfile() {
    return permissionProfile;
  }

  public void setPermissionProfile(PermissionProfileRef permissionProfile) {
    this.permissionProfile = permissionProfile;
  }

  public RawExtension getPodTemplateSpec() {
    return podTemplateSpec;
  }

  public void setPodTemplateSpec(RawExtension podTemplateSpec) {
    this.podTemplateSpec = podTemplateSpec;
  }

  public ResourceOverrides getResourceOverrides() {
    return resourceOverrides;
  }

  public void setResourceOverrides(ResourceOverrides resourceOverrides) {
    this.resourceOverrides = resourceOverrides;
  }

  public MCPOIDCConfigReference getOidcConfigRef() {
    return oidcConfigRef;
  }

  public void setOidcConfigRef(MCPOIDCConfigReference oidcConfigRef) {
    this.oidcConfigRef = oidcConfigRef;
  }

  public AuthzConfigRef getAuthzConfig() {
    return authzConfig;
  }

  public void setAuthzConfig(AuthzConfigRef authzConfig) {
    this.authzConfig = authzConfig;
  }

  public AuditConfig getAudit() {
    return audit;
  }

  public void setAudit(AuditConfig audit) {
    this.audit = audit;
  }

  public ToolConfigRef getToolConfigRef() {
    return toolConfigRef;
  }

  public void setToolConfigRef(ToolConfigRef toolConfigRef) {
    this.toolConfigRef = toolConfigRef;
  }

  public ExternalAuthConfigRef getExternalAuthConfigRef() {
    return externalAuthConfigRef;
  }

  public void setExternalAuthConfigRef(ExternalAuthConfigRef externalAuthConfigRef) {
    this.externalAuthConfigRef = externalAuthConfigRef;
  }

  public AuthServerRef getAuthServerRef() {
    return authServerRef;
  }

  public void setAuthServerRef(AuthServerRef authServerRef) {
    this.authServerRef = authServerRef;
  }

  public MCPTelemetryConfigReference getTelemetryConfigRef() {
    return telemetryConfigRef;
  }

  public void setTelemetryConfigRef(MCPTelemetryConfigReference telemetryConfigRef) {
    this.telemetryConfigRef = telemetryConfigRef;
  }

  public boolean isTrustProxyHeaders() {
    return trustProxyHeaders;
  }

  public void setTrustProxyHeaders(boolean trustProxyHeaders) {
    this.trustProxyHeaders = trustProxyHeaders;
  }

  public String getEndpointPrefix() {
    return endpointPrefix;
  }

  public void setEndpointPrefix(String endpointPrefix) {
    this.endpointPrefix = endpointPrefix;
  }

  public MCPGroupRef getGroupRef() {
    return groupRef;
  }

  public void setGroupRef(MCPGroupRef groupRef) {
    this.groupRef = groupRef;
  }

  public String getSessionAffinity() {
    return sessionAffinity;
  }

  public void setSessionAffinity(String sessionAffinity) {
    this.sessionAffinity = sessionAffinity;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public Integer getBackendReplicas() {
    return backendReplicas;
  }

  public void setBackendReplicas(Integer backendReplicas) {
    this.backendReplicas = backendReplicas;
  }

  public SessionStorageConfig getSessionStorage() {
    return sessionStorage;
  }

  public void setSessionStorage(SessionStorageConfig sessionStorage) {
    this.sessionStorage = sessionStorage;
  }

  public RateLimitConfig getRateLimiting() {
    return rateLimiting;
  }

  public void setRateLimiting(RateLimitConfig rateLimiting) {
    this.rateLimiting = rateLimiting;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public MCPServerSpec deepCopy() {
    return MCPServerSpecDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    MCPServerSpec other = (MCPServerSpec) o;
    return Objects.equals(image, other.image)
        && Objects.equals(transport, other.transport)
        && Objects.equals(proxyMode, other.proxyMode)
        && proxyPort == other.proxyPort
        && mcpPort == other.mcpPort
        && Objects.equals(args, other.args)
        && Objects.equals(env, other.env)
        && Objects.equals(volumes, other.volumes)
        && Objects.equals(resources, other.resources)
        && Objects.equals(secrets, other.secrets)
        && Objects.equals(serviceAccount, other.serviceAccount)
        && Objects.equals(permissionProfile, other.permissionProfile)
        && Objects.equals(podTemplateSpec, other.podTemplateSpec)
        && Objects.equals(resourceOverrides, other.resourceOverrides)
        && Objects.equals(oidcConfigRef, other.oidcConfigRef)
        && Objects.equals(authzConfig, other.authzConfig)
        && Objects.equals(audit, other.audit)
        && Objects.equals(toolConfigRef, other.toolConfigRef)
        && Objects.equals(externalAuthConfigRef, other.externalAuthConfigRef)
        && Objects.equals(authServerRef, other.authServerRef)
        && Objects.equals(telemetryConfigRef, other.telemetryConfigRef)
        && trustProxyHeaders == other.trustProxyHeaders
        && Objects.equals(endpointPrefix, other.endpointPrefix)
        && Objects.equals(groupRef, other.groupRef)
        && Objects.equals(sessionAffinity, other.sessionAffinity)
        && Objects.equals(replicas, other.replicas)
        && Objects.equals(backendReplicas, other.backendReplicas)
        && Objects.equals(sessionStorage, other.sessionStorage)
        && Objects.equals(rateLimiting, other.rateLimiting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        image,
        transport,
        proxyMode,
        proxyPort,
        mcpPort,
        args,
        env,
        volumes,
        resources,
        secrets,
        serviceAccount,
        permissionProfile,
        podTemplateSpec,
        resourceOverrides,
        oidcConfigRef,
        authzConfig,
        audit,
        toolConfigRef,
        externalAuthConfigRef,
        authServerRef,
        telemetryConfigRef,
        trustProxyHeaders,
        endpointPrefix,
        groupRef,
        sessionAffinity,
        replicas,
        backendReplicas,
        sessionStorage,
        rateLimiting);
  }

  @Override
  public String toString() {
    return "MCPServerSpec{"
        + "image="
        + image
        + ", transport="
        + transport
        + ", proxyMode="
        + proxyMode
        + ", proxyPort="
        + proxyPort
        + ", mcpPort="
        + mcpPort
        + ", args="
        + args
        + ", env="
        + env
        + ", volumes="
        + volumes
        + ", resources="
        + resources
        + ", secrets="
        + secrets
        + ", serviceAccount="
        + serviceAccount
        + ", permissionProfile="
        + permissionProfile
        + ", podTemplateSpec="
        + podTemplateSpec
        + ", resourceOverrides="
        + resourceOverrides
        + ", oidcConfigRef="
        + oidcConfigRef
        + ", authzConfig="
        + authzConfig
        + ", audit="
        + audit
        + ", toolConfigRef="
        + toolConfigRef
        + ", externalAuthConfigRef="
        + externalAuthConfigRef
        + ", authServerRef="
        + authServerRef
        + ", telemetryConfigRef="
        + telemetryConfigRef
        + ", trustProxyHeaders="
        + trustProxyHeaders
        + ", endpointPrefix="
        + endpointPrefix
        + ", groupRef="
        + groupRef
        + ", sessionAffinity="
        + sessionAffinity
        + ", replicas="
        + replicas
        + ", backendReplicas="
        + backendReplicas
        + ", sessionStorage="
        + sessionStorage
        + ", rateLimiting="
        + rateLimiting
        + "}";
  }
}
