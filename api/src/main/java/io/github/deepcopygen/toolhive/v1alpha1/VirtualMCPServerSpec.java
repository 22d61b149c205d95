package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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

/** What the user asks of a virtual MCP server: authentication both ways, its group, its configuration and scaling. */
@DeepCopy
@SchemaCustomizer(value = SchemaMarkers.class, input = "io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServerSpec")
public class VirtualMCPServerSpec extends UnknownFields {
    /** Required. */
    @Required
    @JsonProperty("incomingAuth")
    private IncomingAuthConfig incomingAuth;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("outgoingAuth")
    private OutgoingAuthConfig outgoingAuth;

    /** One of ClusterIP, NodePort, LoadBalancer. The API server fills in ClusterIP when it is left out. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Default("ClusterIP")
    @CrdMarkers(enumValues = {"ClusterIP", "NodePort", "LoadBalancer"})
    @JsonProperty("serviceType")
    private String serviceType;

    /** One of ClientIP, None. The API server fills in ClientIP when it is left out. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Default("ClientIP")
    @CrdMarkers(enumValues = {"ClientIP", "None"})
    @JsonProperty("sessionAffinity")
    private String sessionAffinity;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("serviceAccount")
    private String serviceAccount;

    /** Kept as raw JSON; unknown fields survive. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @CrdMarkers(freeFormObject = true)
    @JsonProperty("podTemplateSpec")
    private RawExtension podTemplateSpec;

    /** Required. */
    @Required
    @JsonProperty("groupRef")
    private MCPGroupRef groupRef;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("config")
    private Config config;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("telemetryConfigRef")
    private MCPTelemetryConfigReference telemetryConfigRef;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("embeddingServerRef")
    private EmbeddingServerRef embeddingServerRef;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("authServerConfig")
    private EmbeddedAuthServerConfig authServerConfig;

    @Min(0)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @CrdMarkers(format = "int32")
    @JsonProperty("replicas")
    private Integer replicas;

    @JsonInclude(JsonInclude.Include.NON_NULL)
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

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
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
        return Objects.hash(incomingAuth, outgoingAuth, serviceType, sessionAffinity, serviceAccount, podTemplateSpec, groupRef, config, telemetryConfigRef, embeddingServerRef, authServerConfig, replicas, sessionStorage);
    }

    @Override
    public String toString() {
        return "VirtualMCPServerSpec{"
                + "incomingAuth=" + incomingAuth
                + ", outgoingAuth=" + outgoingAuth
                + ", serviceType=" + serviceType
                + ", sessionAffinity=" + sessionAffinity
                + ", serviceAccount=" + serviceAccount
                + ", podTemplateSpec=" + podTemplateSpec
                + ", groupRef=" + groupRef
                + ", config=" + config
                + ", telemetryConfigRef=" + telemetryConfigRef
                + ", embeddingServerRef=" + embeddingServerRef
                + ", authServerConfig=" + authServerConfig
                + ", replicas=" + replicas
                + ", sessionStorage=" + sessionStorage
                + "}";
    }
}
