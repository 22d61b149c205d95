package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The virtual MCP server's own configuration (upstream's pkg/vmcp/config), as the VirtualMCPServer carries it. */
@DeepCopy
public class Config extends UnknownFields {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("aggregation")
    private AggregationConfig aggregation;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("audit")
    private AuditConfig audit;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("backends")
    private List<StaticBackendConfig> backends;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("compositeToolRefs")
    private List<CompositeToolRef> compositeToolRefs;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("compositeTools")
    private List<CompositeToolConfig> compositeTools;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("groupRef")
    private String groupRef;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("incomingAuth")
    private IncomingAuthConfig incomingAuth;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("metadata")
    private Map<String, String> metadata;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("name")
    private String name;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("operational")
    private OperationalConfig operational;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("optimizer")
    private OptimizerConfig optimizer;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("outgoingAuth")
    private OutgoingAuthConfig outgoingAuth;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("sessionStorage")
    private SessionStorageConfig sessionStorage;

    @JsonInclude(JsonInclude.Include.NON_NULL)
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

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
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
        return Objects.hash(aggregation, audit, backends, compositeToolRefs, compositeTools, groupRef, incomingAuth, metadata, name, operational, optimizer, outgoingAuth, sessionStorage, telemetry);
    }
}
