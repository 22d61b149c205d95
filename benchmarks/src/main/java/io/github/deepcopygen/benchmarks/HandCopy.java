package io.github.deepcopygen.benchmarks;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.runtime.RawExtension;
import io.github.deepcopygen.toolhive.v1alpha1.*;
import io.github.deepcopygen.toolhive.vmcp.Config;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copy a careful developer writes by hand for MCPServer and VirtualMCPServer, every type they reach
 * included: getters and setters, presized collections, nothing the generator could not also do. It is
 * the benchmarks' baseline, the practical limit for a copy of this graph.
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
    List<ManagedFieldsEntry> managed = in.getManagedFields();
    if (managed != null) {
      List<ManagedFieldsEntry> copies = new ArrayList<>(managed.size());
      for (ManagedFieldsEntry entry : managed) {
        copies.add(copy(entry));
      }
      out.setManagedFields(copies);
    } else {
      out.setManagedFields(null);
    }
    out.setName(in.getName());
    out.setNamespace(in.getNamespace());
    List<OwnerReference> owners = in.getOwnerReferences();
    if (owners != null) {
      List<OwnerReference> copies = new ArrayList<>(owners.size());
      for (OwnerReference owner : owners) {
        copies.add(copy(owner));
      }
      out.setOwnerReferences(copies);
    } else {
      out.setOwnerReferences(null);
    }
    out.setResourceVersion(in.getResourceVersion());
    out.setSelfLink(in.getSelfLink());
    out.setUid(in.getUid());
    out.setAdditionalProperties(copyJsonObject(in.getAdditionalProperties()));
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
    FieldsV1 fields = in.getFieldsV1();
    if (fields != null) {
      FieldsV1 fieldsCopy = new FieldsV1();
      fieldsCopy.setAdditionalProperties(copyJsonObject(fields.getAdditionalProperties()));
      out.setFieldsV1(fieldsCopy);
    }
    out.setManager(in.getManager());
    out.setOperation(in.getOperation());
    out.setSubresource(in.getSubresource());
    out.setTime(in.getTime());
    out.setAdditionalProperties(copyJsonObject(in.getAdditionalProperties()));
    return out;
  }

  private static List<Condition> copyConditions(List<Condition> in) {
    if (in == null) {
      return null;
    }
    List<Condition> out = new ArrayList<>(in.size());
    for (Condition condition : in) {
      Condition copy = new Condition();
      copy.setLastTransitionTime(condition.getLastTransitionTime());
      copy.setMessage(condition.getMessage());
      copy.setObservedGeneration(condition.getObservedGeneration());
      copy.setReason(condition.getReason());
      copy.setStatus(condition.getStatus());
      copy.setType(condition.getType());
      copy.setAdditionalProperties(copyJsonObject(condition.getAdditionalProperties()));
      out.add(copy);
    }
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
    List<Volume> volumes = in.getVolumes();
    if (volumes != null) {
      List<Volume> copies = new ArrayList<>(volumes.size());
      for (Volume volume : volumes) {
        Volume copy = new Volume();
        copy.setName(volume.getName());
        copy.setHostPath(volume.getHostPath());
        copy.setMountPath(volume.getMountPath());
        copy.setReadOnly(volume.isReadOnly());
        copies.add(copy);
      }
      out.setVolumes(copies);
    }
    ResourceRequirements resources = in.getResources();
    if (resources != null) {
      ResourceRequirements copy = new ResourceRequirements();
      copy.setLimits(copy(resources.getLimits()));
      copy.setRequests(copy(resources.getRequests()));
      out.setResources(copy);
    }
    List<SecretRef> secrets = in.getSecrets();
    if (secrets != null) {
      List<SecretRef> copies = new ArrayList<>(secrets.size());
      for (SecretRef secret : secrets) {
        SecretRef copy = new SecretRef();
        copy.setName(secret.getName());
        copy.setKey(secret.getKey());
        copy.setTargetEnvName(secret.getTargetEnvName());
        copies.add(copy);
      }
      out.setSecrets(copies);
    }
    out.setServiceAccount(in.getServiceAccount());
    PermissionProfileRef profile = in.getPermissionProfile();
    if (profile != null) {
      PermissionProfileRef copy = new PermissionProfileRef();
      copy.setType(profile.getType());
      copy.setName(profile.getName());
      copy.setKey(profile.getKey());
      out.setPermissionProfile(copy);
    }
    out.setPodTemplateSpec(copy(in.getPodTemplateSpec()));
    ResourceOverrides overrides = in.getResourceOverrides();
    if (overrides != null) {
      ResourceOverrides copy = new ResourceOverrides();
      ProxyDeploymentOverrides deployment = overrides.getProxyDeployment();
      if (deployment != null) {
        ProxyDeploymentOverrides deploymentCopy = new ProxyDeploymentOverrides();
        deploymentCopy.setAnnotations(copyStrings(deployment.getAnnotations()));
        deploymentCopy.setLabels(copyStrings(deployment.getLabels()));
        deploymentCopy.setPodTemplateMetadataOverrides(copy(deployment.getPodTemplateMetadataOverrides()));
        deploymentCopy.setEnv(copyEnv(deployment.getEnv()));
        List<LocalObjectReference> pullSecrets = deployment.getImagePullSecrets();
        if (pullSecrets != null) {
          List<LocalObjectReference> copies = new ArrayList<>(pullSecrets.size());
          for (LocalObjectReference reference : pullSecrets) {
            LocalObjectReference referenceCopy = new LocalObjectReference();
            referenceCopy.setName(reference.getName());
            referenceCopy.setAdditionalProperties(copyJsonObject(reference.getAdditionalProperties()));
            copies.add(referenceCopy);
          }
          deploymentCopy.setImagePullSecrets(copies);
        }
        copy.setProxyDeployment(deploymentCopy);
      }
      copy.setProxyService(copy(overrides.getProxyService()));
      out.setResourceOverrides(copy);
    }
    out.setOidcConfigRef(copy(in.getOidcConfigRef()));
    out.setAuthzConfig(copy(in.getAuthzConfig()));
    AuditConfig audit = in.getAudit();
    if (audit != null) {
      AuditConfig copy = new AuditConfig();
      copy.setEnabled(audit.isEnabled());
      out.setAudit(copy);
    }
    ToolConfigRef toolConfig = in.getToolConfigRef();
    if (toolConfig != null) {
      ToolConfigRef copy = new ToolConfigRef();
      copy.setName(toolConfig.getName());
      out.setToolConfigRef(copy);
    }
    out.setExternalAuthConfigRef(copy(in.getExternalAuthConfigRef()));
    AuthServerRef authServer = in.getAuthServerRef();
    if (authServer != null) {
      AuthServerRef copy = new AuthServerRef();
      copy.setKind(authServer.getKind());
      copy.setName(authServer.getName());
      out.setAuthServerRef(copy);
    }
    out.setTelemetryConfigRef(copy(in.getTelemetryConfigRef()));
    out.setTrustProxyHeaders(in.isTrustProxyHeaders());
    out.setEndpointPrefix(in.getEndpointPrefix());
    out.setGroupRef(copy(in.getGroupRef()));
    out.setSessionAffinity(in.getSessionAffinity());
    out.setReplicas(in.getReplicas());
    out.setBackendReplicas(in.getBackendReplicas());
    out.setSessionStorage(copy(in.getSessionStorage()));
    RateLimitConfig rateLimiting = in.getRateLimiting();
    if (rateLimiting != null) {
      RateLimitConfig copy = new RateLimitConfig();
      copy.setShared(copy(rateLimiting.getShared()));
      copy.setPerUser(copy(rateLimiting.getPerUser()));
      List<ToolRateLimitConfig> tools = rateLimiting.getTools();
      if (tools != null) {
        List<ToolRateLimitConfig> copies = new ArrayList<>(tools.size());
        for (ToolRateLimitConfig tool : tools) {
          ToolRateLimitConfig toolCopy = new ToolRateLimitConfig();
          toolCopy.setName(tool.getName());
          toolCopy.setShared(copy(tool.getShared()));
          toolCopy.setPerUser(copy(tool.getPerUser()));
          copies.add(toolCopy);
        }
        copy.setTools(copies);
      }
      out.setRateLimiting(copy);
    }
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

  private static ResourceList copy(ResourceList in) {
    if (in == null) {
      return null;
    }
    ResourceList out = new ResourceList();
    out.setCpu(in.getCpu());
    out.setMemory(in.getMemory());
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

  private static RateLimitBucket copy(RateLimitBucket in) {
    if (in == null) {
      return null;
    }
    RateLimitBucket out = new RateLimitBucket();
    out.setMaxTokens(in.getMaxTokens());
    out.setRefillPeriod(in.getRefillPeriod());
    return out;
  }

  private static List<EnvVar> copyEnv(List<EnvVar> in) {
    if (in == null) {
      return null;
    }
    List<EnvVar> out = new ArrayList<>(in.size());
    for (EnvVar var : in) {
      EnvVar copy = new EnvVar();
      copy.setName(var.getName());
      copy.setValue(var.getValue());
      out.add(copy);
    }
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
    ConfigMapAuthzRef configMap = in.getConfigMap();
    if (configMap != null) {
      ConfigMapAuthzRef copy = new ConfigMapAuthzRef();
      copy.setName(configMap.getName());
      copy.setKey(configMap.getKey());
      out.setConfigMap(copy);
    }
    InlineAuthzConfig inline = in.getInline();
    if (inline != null) {
      InlineAuthzConfig copy = new InlineAuthzConfig();
      copy.setPolicies(copyStringList(inline.getPolicies()));
      copy.setEntitiesJson(inline.getEntitiesJson());
      out.setInline(copy);
    }
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
    IncomingAuthConfig incoming = in.getIncomingAuth();
    if (incoming != null) {
      IncomingAuthConfig copy = new IncomingAuthConfig();
      copy.setType(incoming.getType());
      copy.setOidcConfigRef(copy(incoming.getOidcConfigRef()));
      copy.setAuthzConfig(copy(incoming.getAuthzConfig()));
      out.setIncomingAuth(copy);
    }
    OutgoingAuthConfig outgoing = in.getOutgoingAuth();
    if (outgoing != null) {
      OutgoingAuthConfig copy = new OutgoingAuthConfig();
      copy.setSource(outgoing.getSource());
      copy.setDefaultAuth(copy(outgoing.getDefaultAuth()));
      Map<String, BackendAuthConfig> backends = outgoing.getBackends();
      if (backends != null) {
        Map<String, BackendAuthConfig> copies = new LinkedHashMap<>(capacity(backends.size()));
        for (Map.Entry<String, BackendAuthConfig> entry : backends.entrySet()) {
          copies.put(entry.getKey(), copy(entry.getValue()));
        }
        copy.setBackends(copies);
      }
      out.setOutgoingAuth(copy);
    }
    out.setServiceType(in.getServiceType());
    out.setSessionAffinity(in.getSessionAffinity());
    out.setServiceAccount(in.getServiceAccount());
    out.setPodTemplateSpec(copy(in.getPodTemplateSpec()));
    out.setGroupRef(copy(in.getGroupRef()));
    Config config = in.getConfig();
    if (config != null) {
      Config copy = new Config();
      copy.setName(config.getName());
      copy.setGroupRef(config.getGroupRef());
      Map<String, List<String>> filters = config.getToolFilters();
      if (filters != null) {
        Map<String, List<String>> copies = new LinkedHashMap<>(capacity(filters.size()));
        for (Map.Entry<String, List<String>> entry : filters.entrySet()) {
          copies.put(entry.getKey(), copyStringList(entry.getValue()));
        }
        copy.setToolFilters(copies);
      }
      copy.setMetadata(copyStrings(config.getMetadata()));
      out.setConfig(copy);
    }
    out.setTelemetryConfigRef(copy(in.getTelemetryConfigRef()));
    EmbeddingServerRef embedding = in.getEmbeddingServerRef();
    if (embedding != null) {
      EmbeddingServerRef copy = new EmbeddingServerRef();
      copy.setName(embedding.getName());
      out.setEmbeddingServerRef(copy);
    }
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
        DiscoveredBackend copy = new DiscoveredBackend();
        copy.setName(backend.getName());
        copy.setUrl(backend.getUrl());
        copy.setStatus(backend.getStatus());
        copy.setAuthConfigRef(backend.getAuthConfigRef());
        copy.setAuthType(backend.getAuthType());
        Date lastHealthCheck = backend.getLastHealthCheck();
        copy.setLastHealthCheck(lastHealthCheck == null ? null : (Date) lastHealthCheck.clone());
        copy.setMessage(backend.getMessage());
        copies.add(copy);
      }
      out.setDiscoveredBackends(copies);
    }
    out.setBackendCount(in.getBackendCount());
    out.setOidcConfigHash(in.getOidcConfigHash());
    out.setTelemetryConfigHash(in.getTelemetryConfigHash());
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

  private static EmbeddedAuthServerConfig copy(EmbeddedAuthServerConfig in) {
    if (in == null) {
      return null;
    }
    EmbeddedAuthServerConfig out = new EmbeddedAuthServerConfig();
    out.setIssuer(in.getIssuer());
    out.setAuthorizationEndpointBaseUrl(in.getAuthorizationEndpointBaseUrl());
    out.setSigningKeySecretRefs(copySecretKeys(in.getSigningKeySecretRefs()));
    out.setHmacSecretRefs(copySecretKeys(in.getHmacSecretRefs()));
    TokenLifespanConfig lifespans = in.getTokenLifespans();
    if (lifespans != null) {
      TokenLifespanConfig copy = new TokenLifespanConfig();
      copy.setAccessTokenLifespan(lifespans.getAccessTokenLifespan());
      copy.setRefreshTokenLifespan(lifespans.getRefreshTokenLifespan());
      copy.setAuthCodeLifespan(lifespans.getAuthCodeLifespan());
      out.setTokenLifespans(copy);
    }
    List<UpstreamProviderConfig> providers = in.getUpstreamProviders();
    if (providers != null) {
      List<UpstreamProviderConfig> copies = new ArrayList<>(providers.size());
      for (UpstreamProviderConfig provider : providers) {
        copies.add(copy(provider));
      }
      out.setUpstreamProviders(copies);
    }
    AuthServerStorageConfig storage = in.getStorage();
    if (storage != null) {
      AuthServerStorageConfig copy = new AuthServerStorageConfig();
      copy.setType(storage.getType());
      copy.setRedis(copy(storage.getRedis()));
      out.setStorage(copy);
    }
    return out;
  }

  private static UpstreamProviderConfig copy(UpstreamProviderConfig in) {
    if (in == null) {
      return null;
    }
    UpstreamProviderConfig out = new UpstreamProviderConfig();
    out.setName(in.getName());
    out.setType(in.getType());
    OIDCUpstreamConfig oidc = in.getOidcConfig();
    if (oidc != null) {
      OIDCUpstreamConfig copy = new OIDCUpstreamConfig();
      copy.setIssuerUrl(oidc.getIssuerUrl());
      copy.setClientId(oidc.getClientId());
      copy.setClientSecretRef(copy(oidc.getClientSecretRef()));
      copy.setRedirectUri(oidc.getRedirectUri());
      copy.setScopes(copyStringList(oidc.getScopes()));
      copy.setUserInfoOverride(copy(oidc.getUserInfoOverride()));
      copy.setAdditionalAuthorizationParams(copyStrings(oidc.getAdditionalAuthorizationParams()));
      out.setOidcConfig(copy);
    }
    OAuth2UpstreamConfig oauth2 = in.getOauth2Config();
    if (oauth2 != null) {
      OAuth2UpstreamConfig copy = new OAuth2UpstreamConfig();
      copy.setAuthorizationEndpoint(oauth2.getAuthorizationEndpoint());
      copy.setTokenEndpoint(oauth2.getTokenEndpoint());
      copy.setUserInfo(copy(oauth2.getUserInfo()));
      copy.setClientId(oauth2.getClientId());
      copy.setClientSecretRef(copy(oauth2.getClientSecretRef()));
      copy.setRedirectUri(oauth2.getRedirectUri());
      copy.setScopes(copyStringList(oauth2.getScopes()));
      TokenResponseMapping mapping = oauth2.getTokenResponseMapping();
      if (mapping != null) {
        TokenResponseMapping mappingCopy = new TokenResponseMapping();
        mappingCopy.setAccessTokenPath(mapping.getAccessTokenPath());
        mappingCopy.setScopePath(mapping.getScopePath());
        mappingCopy.setRefreshTokenPath(mapping.getRefreshTokenPath());
        mappingCopy.setExpiresInPath(mapping.getExpiresInPath());
        copy.setTokenResponseMapping(mappingCopy);
      }
      copy.setAdditionalAuthorizationParams(copyStrings(oauth2.getAdditionalAuthorizationParams()));
      out.setOauth2Config(copy);
    }
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
    UserInfoFieldMapping mapping = in.getFieldMapping();
    if (mapping != null) {
      UserInfoFieldMapping copy = new UserInfoFieldMapping();
      copy.setSubjectFields(copyStringList(mapping.getSubjectFields()));
      copy.setNameFields(copyStringList(mapping.getNameFields()));
      copy.setEmailFields(copyStringList(mapping.getEmailFields()));
      out.setFieldMapping(copy);
    }
    return out;
  }

  private static RedisStorageConfig copy(RedisStorageConfig in) {
    if (in == null) {
      return null;
    }
    RedisStorageConfig out = new RedisStorageConfig();
    RedisSentinelConfig sentinel = in.getSentinelConfig();
    if (sentinel != null) {
      RedisSentinelConfig copy = new RedisSentinelConfig();
      copy.setMasterName(sentinel.getMasterName());
      copy.setSentinelAddrs(copyStringList(sentinel.getSentinelAddrs()));
      SentinelServiceRef service = sentinel.getSentinelService();
      if (service != null) {
        SentinelServiceRef serviceCopy = new SentinelServiceRef();
        serviceCopy.setName(service.getName());
        serviceCopy.setNamespace(service.getNamespace());
        serviceCopy.setPort(service.getPort());
        copy.setSentinelService(serviceCopy);
      }
      copy.setDb(sentinel.getDb());
      out.setSentinelConfig(copy);
    }
    RedisACLUserConfig acl = in.getAclUserConfig();
    if (acl != null) {
      RedisACLUserConfig copy = new RedisACLUserConfig();
      copy.setUsernameSecretRef(copy(acl.getUsernameSecretRef()));
      copy.setPasswordSecretRef(copy(acl.getPasswordSecretRef()));
      out.setAclUserConfig(copy);
    }
    out.setDialTimeout(in.getDialTimeout());
    out.setReadTimeout(in.getReadTimeout());
    out.setWriteTimeout(in.getWriteTimeout());
    out.setTls(copy(in.getTls()));
    out.setSentinelTls(copy(in.getSentinelTls()));
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
