package io.github.deepcopygen.benchmarks;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.runtime.RawExtension;
import io.github.deepcopygen.toolhive.v1alpha1.*;
import io.github.deepcopygen.toolhive.vmcp.AggregationConfig;
import io.github.deepcopygen.toolhive.vmcp.Config;
import io.github.deepcopygen.toolhive.vmcp.WorkloadToolConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copy a careful developer writes by hand for MCPServer and VirtualMCPServer, every type they
 * reach included: one small method per class, as Go's DeepCopyInto, getters and setters, presized
 * collections, nothing the generator could not also do. It is the benchmarks' baseline, the
 * practical limit for a copy of this graph.
 */
final class HandCopy {
  private HandCopy() {}

  static MCPServer copy(MCPServer in) {
    MCPServer out = new MCPServer();
    out.setMetadata(copy(in.getMetadata()));
    out.setSpec(copy(in.getSpec()));
    out.setStatus(copy(in.getStatus()));
    return out;
  }

  static VirtualMCPServer copy(VirtualMCPServer in) {
    VirtualMCPServer out = new VirtualMCPServer();
    out.setMetadata(copy(in.getMetadata()));
    out.setSpec(copy(in.getSpec()));
    out.setStatus(copy(in.getStatus()));
    return out;
  }

  // --- fabric8's metadata and value types

  private static ObjectMeta copy(ObjectMeta in) {
    if (in == null) {
      return null;
    }
    ObjectMeta out = new ObjectMeta();
    out.setAnnotations(copyStrings(in.getAnnotations()));
    out.setCreationTimestamp(in.getCreationTimestamp());
    out.setDeletionGracePeriodSeconds(in.getDeletionGracePeriodSeconds());
    out.setDeletionTimestamp(in.getDeletionTimestamp());
    out.setFinalizers(copyStringList(in.getFinalizers()));
    out.setGenerateName(in.getGenerateName());
    out.setGeneration(in.getGeneration());
    out.setLabels(copyStrings(in.getLabels()));
    out.setManagedFields(copyManagedFields(in.getManagedFields()));
    out.setName(in.getName());
    out.setNamespace(in.getNamespace());
    out.setOwnerReferences(copyOwnerReferences(in.getOwnerReferences()));
    out.setResourceVersion(in.getResourceVersion());
    out.setSelfLink(in.getSelfLink());
    out.setUid(in.getUid());
    out.setAdditionalProperties(copyJsonObject(in.getAdditionalProperties()));
    return out;
  }

  private static List<ManagedFieldsEntry> copyManagedFields(List<ManagedFieldsEntry> in) {
    if (in == null) {
      return null;
    }
    List<ManagedFieldsEntry> out = new ArrayList<>(in.size());
    for (ManagedFieldsEntry entry : in) {
      out.add(copy(entry));
    }
    return out;
  }

  private static List<OwnerReference> copyOwnerReferences(List<OwnerReference> in) {
    if (in == null) {
      return null;
    }
    List<OwnerReference> out = new ArrayList<>(in.size());
    for (OwnerReference owner : in) {
      out.add(copy(owner));
    }
    return out;
  }

  private static OwnerReference copy(OwnerReference in) {
    if (in == null) {
      return null;
    }
    OwnerReference out = new OwnerReference();
    out.setApiVersion(in.getApiVersion());
    out.setBlockOwnerDeletion(in.getBlockOwnerDeletion());
    out.setController(in.getController());
    out.setKind(in.getKind());
    out.setName(in.getName());
    out.setUid(in.getUid());
    out.setAdditionalProperties(copyJsonObject(in.getAdditionalProperties()));
    return out;
  }

  private static ManagedFieldsEntry copy(ManagedFieldsEntry in) {
    if (in == null) {
      return null;
    }
    ManagedFieldsEntry out = new ManagedFieldsEntry();
    out.setApiVersion(in.getApiVersion());
    out.setFieldsType(in.getFieldsType());
    out.setFieldsV1(copy(in.getFieldsV1()));
    out.setManager(in.getManager());
    out.setOperation(in.getOperation());
    out.setSubresource(in.getSubresource());
    out.setTime(in.getTime());
    out.setAdditionalProperties(copyJsonObject(in.getAdditionalProperties()));
    return out;
  }

  private static FieldsV1 copy(FieldsV1 in) {
    if (in == null) {
      return null;
    }
    FieldsV1 out = new FieldsV1();
    out.setAdditionalProperties(copyJsonObject(in.getAdditionalProperties()));
    return out;
  }

  private static List<Condition> copyConditions(List<Condition> in) {
    if (in == null) {
      return null;
    }
    List<Condition> out = new ArrayList<>(in.size());
    for (Condition condition : in) {
      out.add(copy(condition));
    }
    return out;
  }

  private static Condition copy(Condition in) {
    if (in == null) {
      return null;
    }
    Condition out = new Condition();
    out.setLastTransitionTime(in.getLastTransitionTime());
    out.setMessage(in.getMessage());
    out.setObservedGeneration(in.getObservedGeneration());
    out.setReason(in.getReason());
    out.setStatus(in.getStatus());
    out.setType(in.getType());
    out.setAdditionalProperties(copyJsonObject(in.getAdditionalProperties()));
    return out;
  }

  private static LocalObjectReference copy(LocalObjectReference in) {
    if (in == null) {
      return null;
    }
    LocalObjectReference out = new LocalObjectReference();
    out.setName(in.getName());
    out.setAdditionalProperties(copyJsonObject(in.getAdditionalProperties()));
    return out;
  }

  private static RawExtension copy(RawExtension in) {
    if (in == null) {
      return null;
    }
    RawExtension out = new RawExtension();
    out.setValue(copyJson(in.getValue()));
    return out;
  }

  // --- MCPServer

  static MCPServerSpec copy(MCPServerSpec in) {
    if (in == null) {
      return null;
    }
    MCPServerSpec out = new MCPServerSpec();
    out.setImage(in.getImage());
    out.setTransport(in.getTransport());
    out.setProxyMode(in.getProxyMode());
    out.setProxyPort(in.getProxyPort());
    out.setMcpPort(in.getMcpPort());
    out.setArgs(copyStringList(in.getArgs()));
    out.setEnv(copyEnv(in.getEnv()));
    out.setVolumes(copyVolumes(in.getVolumes()));
    out.setResources(copy(in.getResources()));
    out.setSecrets(copySecrets(in.getSecrets()));
    out.setServiceAccount(in.getServiceAccount());
    out.setPermissionProfile(copy(in.getPermissionProfile()));
    out.setPodTemplateSpec(copy(in.getPodTemplateSpec()));
    out.setResourceOverrides(copy(in.getResourceOverrides()));
    out.setOidcConfigRef(copy(in.getOidcConfigRef()));
    out.setAuthzConfig(copy(in.getAuthzConfig()));
    out.setAudit(copy(in.getAudit()));
    out.setToolConfigRef(copy(in.getToolConfigRef()));
    out.setExternalAuthConfigRef(copy(in.getExternalAuthConfigRef()));
    out.setAuthServerRef(copy(in.getAuthServerRef()));
    out.setTelemetryConfigRef(copy(in.getTelemetryConfigRef()));
    out.setTrustProxyHeaders(in.isTrustProxyHeaders());
    out.setEndpointPrefix(in.getEndpointPrefix());
    out.setGroupRef(copy(in.getGroupRef()));
    out.setSessionAffinity(in.getSessionAffinity());
    out.setReplicas(in.getReplicas());
    out.setBackendReplicas(in.getBackendReplicas());
    out.setSessionStorage(copy(in.getSessionStorage()));
    out.setRateLimiting(copy(in.getRateLimiting()));
    return out;
  }

  private static MCPServerStatus copy(MCPServerStatus in) {
    if (in == null) {
      return null;
    }
    MCPServerStatus out = new MCPServerStatus();
    out.setConditions(copyConditions(in.getConditions()));
    out.setObservedGeneration(in.getObservedGeneration());
    out.setToolConfigHash(in.getToolConfigHash());
    out.setExternalAuthConfigHash(in.getExternalAuthConfigHash());
    out.setAuthServerConfigHash(in.getAuthServerConfigHash());
    out.setOidcConfigHash(in.getOidcConfigHash());
    out.setTelemetryConfigHash(in.getTelemetryConfigHash());
    out.setUrl(in.getUrl());
    out.setPhase(in.getPhase());
    out.setMessage(in.getMessage());
    out.setReadyReplicas(in.getReadyReplicas());
    return out;
  }

  private static List<EnvVar> copyEnv(List<EnvVar> in) {
    if (in == null) {
      return null;
    }
    List<EnvVar> out = new ArrayList<>(in.size());
    for (EnvVar var : in) {
      out.add(copy(var));
    }
    return out;
  }

  private static EnvVar copy(EnvVar in) {
    if (in == null) {
      return null;
    }
    EnvVar out = new EnvVar();
    out.setName(in.getName());
    out.setValue(in.getValue());
    return out;
  }

  private static List<Volume> copyVolumes(List<Volume> in) {
    if (in == null) {
      return null;
    }
    List<Volume> out = new ArrayList<>(in.size());
    for (Volume volume : in) {
      out.add(copy(volume));
    }
    return out;
  }

  private static Volume copy(Volume in) {
    if (in == null) {
      return null;
    }
    Volume out = new Volume();
    out.setName(in.getName());
    out.setHostPath(in.getHostPath());
    out.setMountPath(in.getMountPath());
    out.setReadOnly(in.isReadOnly());
    return out;
  }

  private static ResourceRequirements copy(ResourceRequirements in) {
    if (in == null) {
      return null;
    }
    ResourceRequirements out = new ResourceRequirements();
    out.setLimits(copy(in.getLimits()));
    out.setRequests(copy(in.getRequests()));
    return out;
  }

  private static ResourceList copy(ResourceList in) {
    if (in == null) {
      return null;
    }
    ResourceList out = new ResourceList();
    out.setCpu(in.getCpu());
    out.setMemory(in.getMemory());
    return out;
  }

  private static List<SecretRef> copySecrets(List<SecretRef> in) {
    if (in == null) {
      return null;
    }
    List<SecretRef> out = new ArrayList<>(in.size());
    for (SecretRef secret : in) {
      out.add(copy(secret));
    }
    return out;
  }

  private static SecretRef copy(SecretRef in) {
    if (in == null) {
      return null;
    }
    SecretRef out = new SecretRef();
    out.setName(in.getName());
    out.setKey(in.getKey());
    out.setTargetEnvName(in.getTargetEnvName());
    return out;
  }

  private static PermissionProfileRef copy(PermissionProfileRef in) {
    if (in == null) {
      return null;
    }
    PermissionProfileRef out = new PermissionProfileRef();
    out.setType(in.getType());
    out.setName(in.getName());
    out.setKey(in.getKey());
    return out;
  }

  private static ResourceOverrides copy(ResourceOverrides in) {
    if (in == null) {
      return null;
    }
    ResourceOverrides out = new ResourceOverrides();
    out.setProxyDeployment(copy(in.getProxyDeployment()));
    out.setProxyService(copy(in.getProxyService()));
    return out;
  }

  private static ProxyDeploymentOverrides copy(ProxyDeploymentOverrides in) {
    if (in == null) {
      return null;
    }
    ProxyDeploymentOverrides out = new ProxyDeploymentOverrides();
    out.setAnnotations(copyStrings(in.getAnnotations()));
    out.setLabels(copyStrings(in.getLabels()));
    out.setPodTemplateMetadataOverrides(copy(in.getPodTemplateMetadataOverrides()));
    out.setEnv(copyEnv(in.getEnv()));
    List<LocalObjectReference> pullSecrets = in.getImagePullSecrets();
    if (pullSecrets != null) {
      List<LocalObjectReference> copies = new ArrayList<>(pullSecrets.size());
      for (LocalObjectReference reference : pullSecrets) {
        copies.add(copy(reference));
      }
      out.setImagePullSecrets(copies);
    }
    return out;
  }

  private static ResourceMetadataOverrides copy(ResourceMetadataOverrides in) {
    if (in == null) {
      return null;
    }
    ResourceMetadataOverrides out = new ResourceMetadataOverrides();
    out.setAnnotations(copyStrings(in.getAnnotations()));
    out.setLabels(copyStrings(in.getLabels()));
    return out;
  }

  private static AuditConfig copy(AuditConfig in) {
    if (in == null) {
      return null;
    }
    AuditConfig out = new AuditConfig();
    out.setEnabled(in.isEnabled());
    return out;
  }

  private static ToolConfigRef copy(ToolConfigRef in) {
    if (in == null) {
      return null;
    }
    ToolConfigRef out = new ToolConfigRef();
    out.setName(in.getName());
    return out;
  }

  private static AuthServerRef copy(AuthServerRef in) {
    if (in == null) {
      return null;
    }
    AuthServerRef out = new AuthServerRef();
    out.setKind(in.getKind());
    out.setName(in.getName());
    return out;
  }

  private static RateLimitConfig copy(RateLimitConfig in) {
    if (in == null) {
      return null;
    }
    RateLimitConfig out = new RateLimitConfig();
    out.setShared(copy(in.getShared()));
    out.setPerUser(copy(in.getPerUser()));
    List<ToolRateLimitConfig> tools = in.getTools();
    if (tools != null) {
      List<ToolRateLimitConfig> copies = new ArrayList<>(tools.size());
      for (ToolRateLimitConfig tool : tools) {
        copies.add(copy(tool));
      }
      out.setTools(copies);
    }
    return out;
  }

  private static ToolRateLimitConfig copy(ToolRateLimitConfig in) {
    if (in == null) {
      return null;
    }
    ToolRateLimitConfig out = new ToolRateLimitConfig();
    out.setName(in.getName());
    out.setShared(copy(in.getShared()));
    out.setPerUser(copy(in.getPerUser()));
    return out;
  }

  private static RateLimitBucket copy(RateLimitBucket in) {
    if (in == null) {
      return null;
    }
    RateLimitBucket out = new RateLimitBucket();
    out.setMaxTokens(in.getMaxTokens());
    out.setRefillPeriod(
        in.getRefillPeriod() == null
            ? null
            : new io.fabric8.kubernetes.api.model.Duration(in.getRefillPeriod().getDuration()));
    return out;
  }

  // --- shared by both resources

  private static MCPOIDCConfigReference copy(MCPOIDCConfigReference in) {
    if (in == null) {
      return null;
    }
    MCPOIDCConfigReference out = new MCPOIDCConfigReference();
    out.setName(in.getName());
    out.setAudience(in.getAudience());
    out.setScopes(copyStringList(in.getScopes()));
    out.setResourceUrl(in.getResourceUrl());
    return out;
  }

  private static AuthzConfigRef copy(AuthzConfigRef in) {
    if (in == null) {
      return null;
    }
    AuthzConfigRef out = new AuthzConfigRef();
    out.setType(in.getType());
    out.setConfigMap(copy(in.getConfigMap()));
    out.setInline(copy(in.getInline()));
    return out;
  }

  private static ConfigMapAuthzRef copy(ConfigMapAuthzRef in) {
    if (in == null) {
      return null;
    }
    ConfigMapAuthzRef out = new ConfigMapAuthzRef();
    out.setName(in.getName());
    out.setKey(in.getKey());
    return out;
  }

  private static InlineAuthzConfig copy(InlineAuthzConfig in) {
    if (in == null) {
      return null;
    }
    InlineAuthzConfig out = new InlineAuthzConfig();
    out.setPolicies(copyStringList(in.getPolicies()));
    out.setEntitiesJson(in.getEntitiesJson());
    return out;
  }

  private static ExternalAuthConfigRef copy(ExternalAuthConfigRef in) {
    if (in == null) {
      return null;
    }
    ExternalAuthConfigRef out = new ExternalAuthConfigRef();
    out.setName(in.getName());
    return out;
  }

  private static MCPTelemetryConfigReference copy(MCPTelemetryConfigReference in) {
    if (in == null) {
      return null;
    }
    MCPTelemetryConfigReference out = new MCPTelemetryConfigReference();
    out.setName(in.getName());
    out.setServiceName(in.getServiceName());
    return out;
  }

  private static MCPGroupRef copy(MCPGroupRef in) {
    if (in == null) {
      return null;
    }
    MCPGroupRef out = new MCPGroupRef();
    out.setName(in.getName());
    return out;
  }

  private static SessionStorageConfig copy(SessionStorageConfig in) {
    if (in == null) {
      return null;
    }
    SessionStorageConfig out = new SessionStorageConfig();
    out.setProvider(in.getProvider());
    out.setAddress(in.getAddress());
    out.setDb(in.getDb());
    out.setKeyPrefix(in.getKeyPrefix());
    out.setPasswordRef(copy(in.getPasswordRef()));
    return out;
  }

  private static SecretKeyRef copy(SecretKeyRef in) {
    if (in == null) {
      return null;
    }
    SecretKeyRef out = new SecretKeyRef();
    out.setName(in.getName());
    out.setKey(in.getKey());
    return out;
  }

  private static List<SecretKeyRef> copySecretKeys(List<SecretKeyRef> in) {
    if (in == null) {
      return null;
    }
    List<SecretKeyRef> out = new ArrayList<>(in.size());
    for (SecretKeyRef ref : in) {
      out.add(copy(ref));
    }
    return out;
  }

  // --- VirtualMCPServer

  private static VirtualMCPServerSpec copy(VirtualMCPServerSpec in) {
    if (in == null) {
      return null;
    }
    VirtualMCPServerSpec out = new VirtualMCPServerSpec();
    out.setIncomingAuth(copy(in.getIncomingAuth()));
    out.setOutgoingAuth(copy(in.getOutgoingAuth()));
    out.setServiceType(in.getServiceType());
    out.setSessionAffinity(in.getSessionAffinity());
    out.setServiceAccount(in.getServiceAccount());
    out.setPodTemplateSpec(copy(in.getPodTemplateSpec()));
    out.setGroupRef(copy(in.getGroupRef()));
    out.setConfig(copy(in.getConfig()));
    out.setTelemetryConfigRef(copy(in.getTelemetryConfigRef()));
    out.setEmbeddingServerRef(copy(in.getEmbeddingServerRef()));
    out.setAuthServerConfig(copy(in.getAuthServerConfig()));
    out.setReplicas(in.getReplicas());
    out.setSessionStorage(copy(in.getSessionStorage()));
    return out;
  }

  private static VirtualMCPServerStatus copy(VirtualMCPServerStatus in) {
    if (in == null) {
      return null;
    }
    VirtualMCPServerStatus out = new VirtualMCPServerStatus();
    out.setConditions(copyConditions(in.getConditions()));
    out.setObservedGeneration(in.getObservedGeneration());
    out.setPhase(in.getPhase());
    out.setMessage(in.getMessage());
    out.setUrl(in.getUrl());
    List<DiscoveredBackend> discovered = in.getDiscoveredBackends();
    if (discovered != null) {
      List<DiscoveredBackend> copies = new ArrayList<>(discovered.size());
      for (DiscoveredBackend backend : discovered) {
        copies.add(copy(backend));
      }
      out.setDiscoveredBackends(copies);
    }
    out.setBackendCount(in.getBackendCount());
    out.setOidcConfigHash(in.getOidcConfigHash());
    out.setTelemetryConfigHash(in.getTelemetryConfigHash());
    return out;
  }

  private static DiscoveredBackend copy(DiscoveredBackend in) {
    if (in == null) {
      return null;
    }
    DiscoveredBackend out = new DiscoveredBackend();
    out.setName(in.getName());
    out.setUrl(in.getUrl());
    out.setStatus(in.getStatus());
    out.setAuthConfigRef(in.getAuthConfigRef());
    out.setAuthType(in.getAuthType());
    out.setLastHealthCheck(in.getLastHealthCheck());
    out.setMessage(in.getMessage());
    out.setCircuitBreakerState(in.getCircuitBreakerState());
    out.setCircuitLastChanged(in.getCircuitLastChanged());
    out.setConsecutiveFailures(in.getConsecutiveFailures());
    return out;
  }

  private static IncomingAuthConfig copy(IncomingAuthConfig in) {
    if (in == null) {
      return null;
    }
    IncomingAuthConfig out = new IncomingAuthConfig();
    out.setType(in.getType());
    out.setOidcConfigRef(copy(in.getOidcConfigRef()));
    out.setAuthzConfig(copy(in.getAuthzConfig()));
    return out;
  }

  private static OutgoingAuthConfig copy(OutgoingAuthConfig in) {
    if (in == null) {
      return null;
    }
    OutgoingAuthConfig out = new OutgoingAuthConfig();
    out.setSource(in.getSource());
    out.setDefaultAuth(copy(in.getDefaultAuth()));
    Map<String, BackendAuthConfig> backends = in.getBackends();
    if (backends != null) {
      Map<String, BackendAuthConfig> copies = new LinkedHashMap<>(capacity(backends.size()));
      for (Map.Entry<String, BackendAuthConfig> entry : backends.entrySet()) {
        copies.put(entry.getKey(), copy(entry.getValue()));
      }
      out.setBackends(copies);
    }
    return out;
  }

  private static BackendAuthConfig copy(BackendAuthConfig in) {
    if (in == null) {
      return null;
    }
    BackendAuthConfig out = new BackendAuthConfig();
    out.setType(in.getType());
    out.setExternalAuthConfigRef(copy(in.getExternalAuthConfigRef()));
    return out;
  }

  private static Config copy(Config in) {
    if (in == null) {
      return null;
    }
    Config out = new Config();
    out.setName(in.getName());
    out.setGroupRef(in.getGroupRef());
    out.setAggregation(copy(in.getAggregation()));
    out.setMetadata(copyStrings(in.getMetadata()));
    return out;
  }

  private static AggregationConfig copy(AggregationConfig in) {
    if (in == null) {
      return null;
    }
    AggregationConfig out = new AggregationConfig();
    out.setConflictResolution(in.getConflictResolution());
    List<WorkloadToolConfig> tools = in.getTools();
    if (tools != null) {
      List<WorkloadToolConfig> copies = new ArrayList<>(tools.size());
      for (WorkloadToolConfig tool : tools) {
        copies.add(copy(tool));
      }
      out.setTools(copies);
    }
    return out;
  }

  private static WorkloadToolConfig copy(WorkloadToolConfig in) {
    if (in == null) {
      return null;
    }
    WorkloadToolConfig out = new WorkloadToolConfig();
    out.setWorkload(in.getWorkload());
    out.setFilter(copyStringList(in.getFilter()));
    return out;
  }

  private static EmbeddingServerRef copy(EmbeddingServerRef in) {
    if (in == null) {
      return null;
    }
    EmbeddingServerRef out = new EmbeddingServerRef();
    out.setName(in.getName());
    return out;
  }

  private static EmbeddedAuthServerConfig copy(EmbeddedAuthServerConfig in) {
    if (in == null) {
      return null;
    }
    EmbeddedAuthServerConfig out = new EmbeddedAuthServerConfig();
    out.setIssuer(in.getIssuer());
    out.setAuthorizationEndpointBaseUrl(in.getAuthorizationEndpointBaseUrl());
    out.setSigningKeySecretRefs(copySecretKeys(in.getSigningKeySecretRefs()));
    out.setHmacSecretRefs(copySecretKeys(in.getHmacSecretRefs()));
    out.setTokenLifespans(copy(in.getTokenLifespans()));
    List<UpstreamProviderConfig> providers = in.getUpstreamProviders();
    if (providers != null) {
      List<UpstreamProviderConfig> copies = new ArrayList<>(providers.size());
      for (UpstreamProviderConfig provider : providers) {
        copies.add(copy(provider));
      }
      out.setUpstreamProviders(copies);
    }
    out.setStorage(copy(in.getStorage()));
    return out;
  }

  private static TokenLifespanConfig copy(TokenLifespanConfig in) {
    if (in == null) {
      return null;
    }
    TokenLifespanConfig out = new TokenLifespanConfig();
    out.setAccessTokenLifespan(in.getAccessTokenLifespan());
    out.setRefreshTokenLifespan(in.getRefreshTokenLifespan());
    out.setAuthCodeLifespan(in.getAuthCodeLifespan());
    return out;
  }

  private static AuthServerStorageConfig copy(AuthServerStorageConfig in) {
    if (in == null) {
      return null;
    }
    AuthServerStorageConfig out = new AuthServerStorageConfig();
    out.setType(in.getType());
    out.setRedis(copy(in.getRedis()));
    return out;
  }

  private static UpstreamProviderConfig copy(UpstreamProviderConfig in) {
    if (in == null) {
      return null;
    }
    UpstreamProviderConfig out = new UpstreamProviderConfig();
    out.setName(in.getName());
    out.setType(in.getType());
    out.setOidcConfig(copy(in.getOidcConfig()));
    out.setOauth2Config(copy(in.getOauth2Config()));
    return out;
  }

  private static OIDCUpstreamConfig copy(OIDCUpstreamConfig in) {
    if (in == null) {
      return null;
    }
    OIDCUpstreamConfig out = new OIDCUpstreamConfig();
    out.setIssuerUrl(in.getIssuerUrl());
    out.setClientId(in.getClientId());
    out.setClientSecretRef(copy(in.getClientSecretRef()));
    out.setRedirectUri(in.getRedirectUri());
    out.setScopes(copyStringList(in.getScopes()));
    out.setUserInfoOverride(copy(in.getUserInfoOverride()));
    out.setAdditionalAuthorizationParams(copyStrings(in.getAdditionalAuthorizationParams()));
    return out;
  }

  private static OAuth2UpstreamConfig copy(OAuth2UpstreamConfig in) {
    if (in == null) {
      return null;
    }
    OAuth2UpstreamConfig out = new OAuth2UpstreamConfig();
    out.setAuthorizationEndpoint(in.getAuthorizationEndpoint());
    out.setTokenEndpoint(in.getTokenEndpoint());
    out.setUserInfo(copy(in.getUserInfo()));
    out.setClientId(in.getClientId());
    out.setClientSecretRef(copy(in.getClientSecretRef()));
    out.setRedirectUri(in.getRedirectUri());
    out.setScopes(copyStringList(in.getScopes()));
    out.setTokenResponseMapping(copy(in.getTokenResponseMapping()));
    out.setAdditionalAuthorizationParams(copyStrings(in.getAdditionalAuthorizationParams()));
    return out;
  }

  private static TokenResponseMapping copy(TokenResponseMapping in) {
    if (in == null) {
      return null;
    }
    TokenResponseMapping out = new TokenResponseMapping();
    out.setAccessTokenPath(in.getAccessTokenPath());
    out.setScopePath(in.getScopePath());
    out.setRefreshTokenPath(in.getRefreshTokenPath());
    out.setExpiresInPath(in.getExpiresInPath());
    return out;
  }

  private static UserInfoConfig copy(UserInfoConfig in) {
    if (in == null) {
      return null;
    }
    UserInfoConfig out = new UserInfoConfig();
    out.setEndpointUrl(in.getEndpointUrl());
    out.setHttpMethod(in.getHttpMethod());
    out.setAdditionalHeaders(copyStrings(in.getAdditionalHeaders()));
    out.setFieldMapping(copy(in.getFieldMapping()));
    return out;
  }

  private static UserInfoFieldMapping copy(UserInfoFieldMapping in) {
    if (in == null) {
      return null;
    }
    UserInfoFieldMapping out = new UserInfoFieldMapping();
    out.setSubjectFields(copyStringList(in.getSubjectFields()));
    out.setNameFields(copyStringList(in.getNameFields()));
    out.setEmailFields(copyStringList(in.getEmailFields()));
    return out;
  }

  private static RedisStorageConfig copy(RedisStorageConfig in) {
    if (in == null) {
      return null;
    }
    RedisStorageConfig out = new RedisStorageConfig();
    out.setSentinelConfig(copy(in.getSentinelConfig()));
    out.setAclUserConfig(copy(in.getAclUserConfig()));
    out.setDialTimeout(in.getDialTimeout());
    out.setReadTimeout(in.getReadTimeout());
    out.setWriteTimeout(in.getWriteTimeout());
    out.setTls(copy(in.getTls()));
    out.setSentinelTls(copy(in.getSentinelTls()));
    return out;
  }

  private static RedisSentinelConfig copy(RedisSentinelConfig in) {
    if (in == null) {
      return null;
    }
    RedisSentinelConfig out = new RedisSentinelConfig();
    out.setMasterName(in.getMasterName());
    out.setSentinelAddrs(copyStringList(in.getSentinelAddrs()));
    out.setSentinelService(copy(in.getSentinelService()));
    out.setDb(in.getDb());
    return out;
  }

  private static SentinelServiceRef copy(SentinelServiceRef in) {
    if (in == null) {
      return null;
    }
    SentinelServiceRef out = new SentinelServiceRef();
    out.setName(in.getName());
    out.setNamespace(in.getNamespace());
    out.setPort(in.getPort());
    return out;
  }

  private static RedisACLUserConfig copy(RedisACLUserConfig in) {
    if (in == null) {
      return null;
    }
    RedisACLUserConfig out = new RedisACLUserConfig();
    out.setUsernameSecretRef(copy(in.getUsernameSecretRef()));
    out.setPasswordSecretRef(copy(in.getPasswordSecretRef()));
    return out;
  }

  private static RedisTLSConfig copy(RedisTLSConfig in) {
    if (in == null) {
      return null;
    }
    RedisTLSConfig out = new RedisTLSConfig();
    out.setInsecureSkipVerify(in.isInsecureSkipVerify());
    out.setCaCertSecretRef(copy(in.getCaCertSecretRef()));
    return out;
  }

  // --- collections and JSON

  private static int capacity(int size) {
    return (int) Math.ceil(size / 0.75);
  }

  private static List<String> copyStringList(List<String> in) {
    return in == null ? null : new ArrayList<>(in);
  }

  private static Map<String, String> copyStrings(Map<String, String> in) {
    return in == null ? null : new LinkedHashMap<>(in);
  }

  private static Map<String, Object> copyJsonObject(Map<String, Object> in) {
    if (in == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>(capacity(in.size()));
    for (Map.Entry<String, Object> entry : in.entrySet()) {
      out.put(entry.getKey(), copyJson(entry.getValue()));
    }
    return out;
  }

  /** A JSON value as Jackson reads it: maps and lists copied, scalars shared. */
  @SuppressWarnings("unchecked")
  private static Object copyJson(Object in) {
    if (in instanceof Map<?, ?> map) {
      return copyJsonObject((Map<String, Object>) map);
    }
    if (in instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object element : list) {
        out.add(copyJson(element));
      }
      return out;
    }
    return in;
  }
}
