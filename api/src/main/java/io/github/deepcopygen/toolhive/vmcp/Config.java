package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The virtual MCP server's own configuration (upstream's pkg/vmcp/config), as the VirtualMCPServer
 * carries it.
 */
@DeepCopy
@JsonClassDescription(
    "The virtual MCP server's own configuration (upstream's pkg/vmcp/config), as the"
        + " VirtualMCPServer carries it.")
@SchemaCustomizer(value = SchemaMarkers.class, input = "io.github.deepcopygen.toolhive.vmcp.Config")
public class Config extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "How the backends' tools are merged into one list, name clashes resolved, and"
          + " MCPToolConfigs applied.")
  @JsonProperty("aggregation")
  private AggregationConfig aggregation;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Audit logging of the MCP operations that pass through the virtual server.")
  @JsonProperty("audit")
  private AuditConfig audit;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Backends at fixed addresses, for static mode: with the inline outgoing auth source"
          + " they are the whole list, and no Kubernetes API is needed; with discovered, it stays"
          + " empty.")
  @JsonProperty("backends")
  private List<StaticBackendConfig> backends;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "VirtualMCPCompositeToolDefinitions, in the same namespace, whose reusable workflows"
          + " the server offers; Kubernetes only.")
  @JsonProperty("compositeToolRefs")
  private List<CompositeToolRef> compositeToolRefs;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Composite tool workflows written out here; larger ones can live in"
          + " VirtualMCPCompositeToolDefinitions instead.")
  @JsonProperty("compositeTools")
  private List<CompositeToolConfig> compositeTools;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The MCPGroup whose servers are the backends; the operator fills it in from"
          + " spec.groupRef.")
  @JsonProperty("groupRef")
  private String groupRef;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "How clients authenticate; the operator fills it in from spec.incomingAuth, which wins"
          + " over anything set here.")
  @JsonProperty("incomingAuth")
  private IncomingAuthConfig incomingAuth;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Further configuration as name and value pairs.")
  @JsonProperty("metadata")
  private Map<String, String> metadata;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The virtual server's name.")
  @JsonProperty("name")
  private String name;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("Logging, timeouts and failure handling.")
  @JsonProperty("operational")
  private OperationalConfig operational;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The optimizer: clients get a tool search (find_tool, call_tool) instead of every"
          + " tool, which saves tokens on large tool sets.")
  @JsonProperty("optimizer")
  private OptimizerConfig optimizer;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "How the server authenticates to its backends; the operator fills it in from"
          + " spec.outgoingAuth, which wins over anything set here.")
  @JsonProperty("outgoingAuth")
  private OutgoingAuthConfig outgoingAuth;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "Where sessions are kept: the operator writes the Redis address, database and key"
          + " prefix here; the password comes from the THV_SESSION_REDIS_PASSWORD environment"
          + " variable.")
  @JsonProperty("sessionStorage")
  private SessionStorageConfig sessionStorage;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "OpenTelemetry tracing, OTLP metrics and the Prometheus endpoint; under the operator,"
          + " spec.telemetryConfigRef is the way, and this field is for standalone servers.")
  @JsonProperty("telemetry")
  private TelemetryConfig telemetry;

  public AggregationConfig getAggregation() {
    return aggregation;
  }

  public void setAggregation(AggregationConfig aggregation) {
    this.aggregation = aggregation;
  }

  public AuditConfig getAudit() {
    return audit;
  }

  public void setAudit(AuditConfig audit) {
    this.audit = audit;
  }

  public List<StaticBackendConfig> getBackends() {
    return backends;
  }

  public void setBackends(List<StaticBackendConfig> backends) {
    this.backends = backends;
  }

  public List<CompositeToolRef> getCompositeToolRefs() {
    return compositeToolRefs;
  }

  public void setCompositeToolRefs(List<CompositeToolRef> compositeToolRefs) {
    this.compositeToolRefs = compositeToolRefs;
  }

  public List<CompositeToolConfig> getCompositeTools() {
    return compositeTools;
  }

  public void setCompositeTools(List<CompositeToolConfig> compositeTools) {
    this.compositeTools = compositeTools;
  }

  public String getGroupRef() {
    return groupRef;
  }

  public void setGroupRef(String groupRef) {
    this.groupRef = groupRef;
  }

  public IncomingAuthConfig getIncomingAuth() {
    return incomingAuth;
  }

  public void setIncomingAuth(IncomingAuthConfig incomingAuth) {
    this.incomingAuth = incomingAuth;
  }

  public Map<String, String> getMetadata() {
    return metadata;
  }

  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OperationalConfig getOperational() {
    return operational;
  }

  public void setOperational(OperationalConfig operational) {
    this.operational = operational;
  }

  public OptimizerConfig getOptimizer() {
    return optimizer;
  }

  public void setOptimizer(OptimizerConfig optimizer) {
    this.optimizer = optimizer;
  }

  public OutgoingAuthConfig getOutgoingAuth() {
    return outgoingAuth;
  }

  public void setOutgoingAuth(OutgoingAuthConfig outgoingAuth) {
    this.outgoingAuth = outgoingAuth;
  }

  public SessionStorageConfig getSessionStorage() {
    return sessionStorage;
  }

  public void setSessionStorage(SessionStorageConfig sessionStorage) {
    this.sessionStorage = sessionStorage;
  }

  public TelemetryConfig getTelemetry() {
    return telemetry;
  }

  public void setTelemetry(TelemetryConfig telemetry) {
    this.telemetry = telemetry;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public Config deepCopy() {
    return ConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Config other = (Config) o;
    return Objects.equals(aggregation, other.aggregation)
        && Objects.equals(audit, other.audit)
        && Objects.equals(backends, other.backends)
        && Objects.equals(compositeToolRefs, other.compositeToolRefs)
        && Objects.equals(compositeTools, other.compositeTools)
        && Objects.equals(groupRef, other.groupRef)
        && Objects.equals(incomingAuth, other.incomingAuth)
        && Objects.equals(metadata, other.metadata)
        && Objects.equals(name, other.name)
        && Objects.equals(operational, other.operational)
        && Objects.equals(optimizer, other.optimizer)
        && Objects.equals(outgoingAuth, other.outgoingAuth)
        && Objects.equals(sessionStorage, other.sessionStorage)
        && Objects.equals(telemetry, other.telemetry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        aggregation,
        audit,
        backends,
        compositeToolRefs,
        compositeTools,
        groupRef,
        incomingAuth,
        metadata,
        name,
        operational,
        optimizer,
        outgoingAuth,
        sessionStorage,
        telemetry);
  }
}
