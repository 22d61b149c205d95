package io.github.deepcopygen.benchmarks;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.runtime.RawExtension;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.github.deepcopygen.toolhive.v1alpha1.*;
import io.github.deepcopygen.toolhive.vmcp.AggregationConfig;
import io.github.deepcopygen.toolhive.vmcp.Config;
import io.github.deepcopygen.toolhive.vmcp.WorkloadToolConfig;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fully populated MCPServer and VirtualMCPServer, as the API server would send them: every field
 * of every type set, lists and maps with a few entries, metadata with owner references and managed
 * fields; and fabric8's own resources, read from documents.
 */
final class Fixtures {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  // Every value is a constant, so that building a fixture allocates only the graph: the
  // construction floor the copy benchmarks set each copy against (a copy shares strings, enums and
  // java.time values).
  private static final String[] ENV_NAMES = {"VAR_0", "VAR_1", "VAR_2", "VAR_3", "VAR_4", "VAR_5"};
  private static final String[] ENV_VALUES = {
    "value-0", "value-1", "value-2", "value-3", "value-4", "value-5"
  };
  private static final String[] VOLUME_NAMES = {"data-0", "data-1", "data-2"};
  private static final String[] HOST_PATHS = {
    "/var/lib/fetch/0", "/var/lib/fetch/1", "/var/lib/fetch/2"
  };
  private static final String[] MOUNT_PATHS = {"/data/0", "/data/1", "/data/2"};
  private static final String[] SECRET_KEYS = {"key-0", "key-1"};
  private static final String[] SECRET_ENV_NAMES = {"API_KEY_0", "API_KEY_1"};
  private static final String[] TOOL_NAMES = {"fetch", "search"};
  private static final String[] BACKENDS = {"fetch", "github", "jira"};
  private static final String[] BACKEND_AUTH = {
    "fetch-exchange", "github-exchange", "jira-exchange"
  };
  private static final String[] BACKEND_URLS = {
    "http://fetch.toolhive-system.svc:8080",
    "http://github.toolhive-system.svc:8080",
    "http://jira.toolhive-system.svc:8080"
  };
  private static final String[] CONDITION_TYPES = {
    "Ready", "SessionStorageReady", "AuthConfigured"
  };
  private static final String[] CONDITION_REASONS = {
    "ReadyReconciled", "SessionStorageReadyReconciled", "AuthConfiguredReconciled"
  };
  private static final String[] CONDITION_MESSAGES = {
    "Ready reconciled at generation 7",
    "SessionStorageReady reconciled at generation 7",
    "AuthConfigured reconciled at generation 7"
  };
  private static final String MCPSERVER_UID = "0b6c7d1e-5f0c-4e9a-9d1e-9";
  private static final String VIRTUAL_UID = "0b6c7d1e-5f0c-4e9a-9d1e-16";
  private static final String MCPSERVER_APPLIED = "{\"kind\":\"MCPServer\"}";
  private static final String VIRTUAL_APPLIED = "{\"kind\":\"VirtualMCPServer\"}";
  private static final Long GENERATION = 7L;
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HALF_MINUTE = Duration.ofSeconds(30);

  private Fixtures() {}

  /**
   * A document of the kubernetes module's tests, read as an operator reads it from the API server.
   */
  static <T extends HasMetadata> T document(String name, Class<T> type) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/documents/" + name + ".yaml")) {
      return type.cast(SERIALIZATION.unmarshal(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Kafka of one of Strimzi's example files, which hold a few resources each. */
  static Kafka strimziKafka(String file) {
    String text = resource("/documents/strimzi/" + file + ".yaml");
    for (String document : text.split("(?m)^---$")) {
      if (document.contains("\nkind: Kafka\n")) {
        return SERIALIZATION.unmarshal(document, Kafka.class);
      }
    }
    throw new IllegalArgumentException("no Kafka in " + file);
  }

  /** An OpenAPI description as swagger's parser reads it, references left as written. */
  static OpenAPI openApi(String name) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser()
        .readContents(resource("/documents/openapi/" + name + ".yaml"), null, options)
        .getOpenAPI();
  }

  private static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MCPServer mcpServer() {
    MCPServerStatus status = new MCPServerStatus();
    status.setConditions(conditions());
    status.setObservedGeneration(7);
    status.setToolConfigHash("9f86d081884c7d65");
    status.setExternalAuthConfigHash("2c26b46b68ffc68f");
    status.setAuthServerConfigHash("fcde2b2edba56bf4");
    status.setOidcConfigHash("b5bb9d8014a0f9b1");
    status.setTelemetryConfigHash("7d865e959b2466918");
    status.setUrl("http://fetch.toolhive-system.svc.cluster.local:8080");
    status.setPhase(MCPServerPhase.READY);
    status.setMessage("3 of 3 replicas ready");
    status.setReadyReplicas(3);

    MCPServer server = new MCPServer();
    server.setMetadata(metadata("fetch", MCPSERVER_UID, MCPSERVER_APPLIED));
    server.setSpec(mcpServerSpec());
    server.setStatus(status);
    return server;
  }

  static MCPServerSpec mcpServerSpec() {
    MCPServerSpec spec = new MCPServerSpec();
    spec.setImage("ghcr.io/stackloklabs/gofetch/server:1.4.2");
    spec.setTransport("streamable-http");
    spec.setProxyMode("streamable-http");
    spec.setProxyPort(8080);
    spec.setMcpPort(8081);
    spec.setArgs(list("--verbose", "--port=8081", "--cache-dir=/data/cache"));
    List<EnvVar> env = new ArrayList<>(6);
    for (int i = 0; i < 6; i++) {
      env.add(envVar(ENV_NAMES[i], ENV_VALUES[i]));
    }
    spec.setEnv(env);
    List<Volume> volumes = new ArrayList<>(3);
    for (int i = 0; i < 3; i++) {
      Volume volume = new Volume();
      volume.setName(VOLUME_NAMES[i]);
      volume.setHostPath(HOST_PATHS[i]);
      volume.setMountPath(MOUNT_PATHS[i]);
      volume.setReadOnly(i % 2 == 0);
      volumes.add(volume);
    }
    spec.setVolumes(volumes);
    ResourceRequirements resources = new ResourceRequirements();
    resources.setLimits(resourceList("500m", "512Mi"));
    resources.setRequests(resourceList("100m", "128Mi"));
    spec.setResources(resources);
    List<SecretRef> secrets = new ArrayList<>(2);
    for (int i = 0; i < 2; i++) {
      SecretRef secret = new SecretRef();
      secret.setName("api-keys");
      secret.setKey(SECRET_KEYS[i]);
      secret.setTargetEnvName(SECRET_ENV_NAMES[i]);
      secrets.add(secret);
    }
    spec.setSecrets(secrets);
    spec.setServiceAccount("fetch");
    PermissionProfileRef permissionProfile = new PermissionProfileRef();
    permissionProfile.setType("configmap");
    permissionProfile.setName("fetch-permissions");
    permissionProfile.setKey("profile.json");
    spec.setPermissionProfile(permissionProfile);
    spec.setPodTemplateSpec(podTemplateSpec());
    ResourceOverrides overrides = new ResourceOverrides();
    ProxyDeploymentOverrides proxyDeployment = new ProxyDeploymentOverrides();
    proxyDeployment.setAnnotations(
        map("prometheus.io/scrape", "true", "prometheus.io/port", "9090"));
    proxyDeployment.setLabels(map("tier", "proxy"));
    proxyDeployment.setPodTemplateMetadataOverrides(
        metadataOverrides("sidecar.istio.io/inject", "false"));
    proxyDeployment.setEnv(list(envVar("PROXY_LOG", "debug"), envVar("PROXY_MODE", "strict")));
    LocalObjectReference pullSecret = new LocalObjectReference();
    pullSecret.setName("ghcr-pull");
    proxyDeployment.setImagePullSecrets(list(pullSecret));
    overrides.setProxyDeployment(proxyDeployment);
    overrides.setProxyService(
        metadataOverrides("service.beta.kubernetes.io/aws-load-balancer-type", "nlb"));
    spec.setResourceOverrides(overrides);
    spec.setOidcConfigRef(oidcConfigRef());
    spec.setAuthzConfig(authzConfig());
    AuditConfig audit = new AuditConfig();
    audit.setEnabled(true);
    spec.setAudit(audit);
    ToolConfigRef toolConfig = new ToolConfigRef();
    toolConfig.setName("fetch-tools");
    spec.setToolConfigRef(toolConfig);
    ExternalAuthConfigRef externalAuth = new ExternalAuthConfigRef();
    externalAuth.setName("github-token-exchange");
    spec.setExternalAuthConfigRef(externalAuth);
    AuthServerRef authServer = new AuthServerRef();
    authServer.setKind("VirtualMCPServer");
    authServer.setName("gateway");
    spec.setAuthServerRef(authServer);
    spec.setTelemetryConfigRef(telemetry());
    spec.setTrustProxyHeaders(true);
    spec.setEndpointPrefix("/fetch");
    spec.setGroupRef(groupRef());
    spec.setSessionAffinity("ClientIP");
    spec.setReplicas(3);
    spec.setBackendReplicas(2);
    spec.setSessionStorage(sessionStorage());
    RateLimitConfig rateLimiting = new RateLimitConfig();
    rateLimiting.setShared(bucket(1000, MINUTE));
    rateLimiting.setPerUser(bucket(100, MINUTE));
    List<ToolRateLimitConfig> tools = new ArrayList<>(2);
    for (String name : TOOL_NAMES) {
      ToolRateLimitConfig tool = new ToolRateLimitConfig();
      tool.setName(name);
      tool.setShared(bucket(200, HALF_MINUTE));
      tool.setPerUser(bucket(20, HALF_MINUTE));
      tools.add(tool);
    }
    rateLimiting.setTools(tools);
    spec.setRateLimiting(rateLimiting);
    return spec;
  }

  static VirtualMCPServer virtualMcpServer() {
    VirtualMCPServerSpec spec = new VirtualMCPServerSpec();
    IncomingAuthConfig incoming = new IncomingAuthConfig();
    incoming.setType("oidc");
    incoming.setOidcConfigRef(oidcConfigRef());
    incoming.setAuthzConfig(authzConfig());
    spec.setIncomingAuth(incoming);
    OutgoingAuthConfig outgoing = new OutgoingAuthConfig();
    outgoing.setSource("discovered");
    outgoing.setDefaultAuth(backendAuth("default-exchange"));
    Map<String, BackendAuthConfig> backends = new LinkedHashMap<>();
    for (int i = 0; i < BACKENDS.length; i++) {
      backends.put(BACKENDS[i], backendAuth(BACKEND_AUTH[i]));
    }
    outgoing.setBackends(backends);
    spec.setOutgoingAuth(outgoing);
    spec.setServiceType("ClusterIP");
    spec.setSessionAffinity("ClientIP");
    spec.setServiceAccount("gateway");
    spec.setPodTemplateSpec(podTemplateSpec());
    spec.setGroupRef(groupRef());
    Config config = new Config();
    config.setName("gateway");
    config.setGroupRef("engineering");
    AggregationConfig aggregation = new AggregationConfig();
    aggregation.setConflictResolution("prefix");
    aggregation.setTools(
        list(
            workloadTools("github", "create_issue", "list_issues"),
            workloadTools("jira", "search")));
    config.setAggregation(aggregation);
    config.setMetadata(map("owner", "platform", "tier", "gold"));
    spec.setConfig(config);
    spec.setTelemetryConfigRef(telemetry());
    EmbeddingServerRef embedding = new EmbeddingServerRef();
    embedding.setName("embeddings");
    spec.setEmbeddingServerRef(embedding);
    spec.setAuthServerConfig(authServerConfig());
    spec.setReplicas(2);
    spec.setSessionStorage(sessionStorage());

    VirtualMCPServerStatus status = new VirtualMCPServerStatus();
    status.setConditions(conditions());
    status.setObservedGeneration(5);
    status.setPhase(VirtualMCPServerPhase.PENDING);
    status.setMessage("aggregating 3 backends");
    status.setUrl("http://gateway.toolhive-system.svc.cluster.local:4483");
    List<DiscoveredBackend> discovered = new ArrayList<>(3);
    for (int i = 0; i < BACKENDS.length; i++) {
      DiscoveredBackend backend = new DiscoveredBackend();
      backend.setName(BACKENDS[i]);
      backend.setUrl(BACKEND_URLS[i]);
      backend.setStatus("ready");
      backend.setAuthConfigRef(BACKEND_AUTH[i]);
      backend.setAuthType("token_exchange");
      backend.setLastHealthCheck("2026-11-18T08:26:40Z");
      backend.setMessage("healthy");
      discovered.add(backend);
    }
    status.setDiscoveredBackends(discovered);
    status.setBackendCount(3);
    status.setOidcConfigHash("b5bb9d8014a0f9b1");
    status.setTelemetryConfigHash("7d865e959b2466918");

    VirtualMCPServer server = new VirtualMCPServer();
    server.setMetadata(metadata("gateway", VIRTUAL_UID, VIRTUAL_APPLIED));
    server.setSpec(spec);
    server.setStatus(status);
    return server;
  }

  private static EmbeddedAuthServerConfig authServerConfig() {
    EmbeddedAuthServerConfig auth = new EmbeddedAuthServerConfig();
    auth.setIssuer("https://gateway.example.com");
    auth.setAuthorizationEndpointBaseUrl("https://gateway.example.com/oauth");
    auth.setSigningKeySecretRefs(list(secretKey("signing", "key.pem")));
    auth.setHmacSecretRefs(list(secretKey("hmac", "current"), secretKey("hmac", "previous")));
    TokenLifespanConfig lifespans = new TokenLifespanConfig();
    lifespans.setAccessTokenLifespan("1h");
    lifespans.setRefreshTokenLifespan("720h");
    lifespans.setAuthCodeLifespan("10m");
    auth.setTokenLifespans(lifespans);

    OIDCUpstreamConfig oidc = new OIDCUpstreamConfig();
    oidc.setIssuerUrl("https://accounts.google.com");
    oidc.setClientId("gateway-client");
    oidc.setClientSecretRef(secretKey("google-oidc", "client-secret"));
    oidc.setRedirectUri("https://gateway.example.com/oauth/callback");
    oidc.setScopes(list("openid", "email", "profile"));
    oidc.setUserInfoOverride(userInfo());
    oidc.setAdditionalAuthorizationParams(map("prompt", "consent", "access_type", "offline"));
    UpstreamProviderConfig google = new UpstreamProviderConfig();
    google.setName("google");
    google.setType(UpstreamProviderType.OIDC);
    google.setOidcConfig(oidc);

    TokenResponseMapping tokenMapping = new TokenResponseMapping();
    tokenMapping.setAccessTokenPath("access_token");
    tokenMapping.setScopePath("scope");
    tokenMapping.setRefreshTokenPath("refresh_token");
    tokenMapping.setExpiresInPath("expires_in");
    OAuth2UpstreamConfig oauth2 = new OAuth2UpstreamConfig();
    oauth2.setAuthorizationEndpoint("https://github.com/login/oauth/authorize");
    oauth2.setTokenEndpoint("https://github.com/login/oauth/access_token");
    oauth2.setUserInfo(userInfo());
    oauth2.setClientId("gateway-github");
    oauth2.setClientSecretRef(secretKey("github-oauth", "client-secret"));
    oauth2.setRedirectUri("https://gateway.example.com/oauth/github/callback");
    oauth2.setScopes(list("read:user", "repo"));
    oauth2.setTokenResponseMapping(tokenMapping);
    oauth2.setAdditionalAuthorizationParams(map("allow_signup", "false"));
    UpstreamProviderConfig github = new UpstreamProviderConfig();
    github.setName("github");
    github.setType(UpstreamProviderType.OAUTH2);
    github.setOauth2Config(oauth2);
    auth.setUpstreamProviders(list(google, github));

    RedisSentinelConfig sentinel = new RedisSentinelConfig();
    sentinel.setMasterName("mymaster");
    sentinel.setSentinelAddrs(list("sentinel-0:26379", "sentinel-1:26379", "sentinel-2:26379"));
    SentinelServiceRef sentinelService = new SentinelServiceRef();
    sentinelService.setName("redis-sentinel");
    sentinelService.setNamespace("redis");
    sentinelService.setPort(26379);
    sentinel.setSentinelService(sentinelService);
    sentinel.setDb(2);
    RedisACLUserConfig acl = new RedisACLUserConfig();
    acl.setUsernameSecretRef(secretKey("redis-acl", "username"));
    acl.setPasswordSecretRef(secretKey("redis-acl", "password"));
    RedisStorageConfig redis = new RedisStorageConfig();
    redis.setSentinelConfig(sentinel);
    redis.setAclUserConfig(acl);
    redis.setDialTimeout("5s");
    redis.setReadTimeout("3s");
    redis.setWriteTimeout("3s");
    redis.setTls(tls("redis-ca"));
    redis.setSentinelTls(tls("sentinel-ca"));
    AuthServerStorageConfig storage = new AuthServerStorageConfig();
    storage.setType(AuthServerStorageType.REDIS);
    storage.setRedis(redis);
    auth.setStorage(storage);
    return auth;
  }

  /**
   * Built once for each place that holds it: a copy of a tree has two where the fixture could share
   * one.
   */
  private static UserInfoConfig userInfo() {
    UserInfoFieldMapping mapping = new UserInfoFieldMapping();
    mapping.setSubjectFields(list("sub", "id"));
    mapping.setNameFields(list("name", "login"));
    mapping.setEmailFields(list("email"));
    UserInfoConfig userInfo = new UserInfoConfig();
    userInfo.setEndpointUrl("https://api.github.com/user");
    userInfo.setHttpMethod("GET");
    userInfo.setAdditionalHeaders(map("Accept", "application/vnd.github+json"));
    userInfo.setFieldMapping(mapping);

    return userInfo;
  }

  private static RedisTLSConfig tls(String secret) {
    RedisTLSConfig tls = new RedisTLSConfig();
    tls.setInsecureSkipVerify(false);
    tls.setCaCertSecretRef(secretKey(secret, "ca.crt"));
    return tls;
  }

  private static BackendAuthConfig backendAuth(String externalAuth) {
    ExternalAuthConfigRef ref = new ExternalAuthConfigRef();
    ref.setName(externalAuth);
    BackendAuthConfig auth = new BackendAuthConfig();
    auth.setType("external_auth_config_ref");
    auth.setExternalAuthConfigRef(ref);
    return auth;
  }

  private static MCPOIDCConfigReference oidcConfigRef() {
    MCPOIDCConfigReference oidc = new MCPOIDCConfigReference();
    oidc.setName("company-oidc");
    oidc.setAudience("toolhive");
    oidc.setScopes(list("openid", "profile"));
    oidc.setResourceUrl("https://mcp.example.com/fetch");
    return oidc;
  }

  private static AuthzConfigRef authzConfig() {
    ConfigMapAuthzRef configMap = new ConfigMapAuthzRef();
    configMap.setName("authz");
    configMap.setKey("policies.cedar");
    InlineAuthzConfig inline = new InlineAuthzConfig();
    inline.setPolicies(
        list(
            "permit(principal, action == Action::\"call_tool\", resource);",
            "forbid(principal, action, resource) when { resource.tool == \"delete\" };"));
    inline.setEntitiesJson("[]");
    AuthzConfigRef authz = new AuthzConfigRef();
    authz.setType("inline");
    authz.setConfigMap(configMap);
    authz.setInline(inline);
    return authz;
  }

  private static MCPTelemetryConfigReference telemetry() {
    MCPTelemetryConfigReference telemetry = new MCPTelemetryConfigReference();
    telemetry.setName("otel");
    telemetry.setServiceName("toolhive-fetch");
    return telemetry;
  }

  private static MCPGroupRef groupRef() {
    MCPGroupRef group = new MCPGroupRef();
    group.setName("engineering");
    return group;
  }

  static SessionStorageConfig sessionStorage() {
    SessionStorageConfig storage = new SessionStorageConfig();
    storage.setProvider(SessionStorageProvider.REDIS);
    storage.setAddress("redis.toolhive.svc:6379");
    storage.setDb(1);
    storage.setKeyPrefix("thv:sessions:");
    storage.setPasswordRef(secretKey("redis-secret", "password"));
    return storage;
  }

  private static WorkloadToolConfig workloadTools(String workload, String... tools) {
    WorkloadToolConfig config = new WorkloadToolConfig();
    config.setWorkload(workload);
    config.setFilter(list(tools));
    return config;
  }

  private static RateLimitBucket bucket(int maxTokens, Duration refill) {
    RateLimitBucket bucket = new RateLimitBucket();
    bucket.setMaxTokens(maxTokens);
    bucket.setRefillPeriod(new io.fabric8.kubernetes.api.model.Duration(refill));
    return bucket;
  }

  private static SecretKeyRef secretKey(String name, String key) {
    SecretKeyRef ref = new SecretKeyRef();
    ref.setName(name);
    ref.setKey(key);
    return ref;
  }

  private static EnvVar envVar(String name, String value) {
    EnvVar var = new EnvVar();
    var.setName(name);
    var.setValue(value);
    return var;
  }

  private static ResourceList resourceList(String cpu, String memory) {
    ResourceList list = new ResourceList();
    list.setCpu(cpu);
    list.setMemory(memory);
    return list;
  }

  private static ResourceMetadataOverrides metadataOverrides(String annotation, String value) {
    ResourceMetadataOverrides overrides = new ResourceMetadataOverrides();
    overrides.setAnnotations(map(annotation, value));
    overrides.setLabels(map("app.kubernetes.io/component", "mcp"));
    return overrides;
  }

  /** A pod template patch, as free-form JSON: what a RawExtension holds. */
  private static RawExtension podTemplateSpec() {
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("limits", map("cpu", "1", "memory", "1Gi"));
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("name", "mcp");
    container.put("resources", resources);
    container.put("args", list("--debug"));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("containers", Fixtures.<Object>list(container));
    spec.put("terminationGracePeriodSeconds", 30);
    spec.put("hostNetwork", false);
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("spec", spec);
    return new RawExtension(template);
  }

  private static List<Condition> conditions() {
    List<Condition> conditions = new ArrayList<>(3);
    for (int i = 0; i < CONDITION_TYPES.length; i++) {
      Condition condition = new Condition();
      condition.setType(CONDITION_TYPES[i]);
      condition.setStatus("True");
      condition.setReason(CONDITION_REASONS[i]);
      condition.setMessage(CONDITION_MESSAGES[i]);
      condition.setObservedGeneration(GENERATION);
      condition.setLastTransitionTime("2026-11-24T10:00:00Z");
      conditions.add(condition);
    }
    return conditions;
  }

  private static ObjectMeta metadata(String name, String uid, String applied) {
    Map<String, Object> labelFields = new LinkedHashMap<>();
    labelFields.put("f:app.kubernetes.io/name", new LinkedHashMap<String, Object>());
    Map<String, Object> metadataFields = new LinkedHashMap<>();
    metadataFields.put("f:labels", labelFields);
    Map<String, Object> specFields = new LinkedHashMap<>();
    specFields.put("f:replicas", new LinkedHashMap<String, Object>());
    specFields.put("f:sessionStorage", new LinkedHashMap<String, Object>());
    FieldsV1 fields = new FieldsV1();
    fields.setAdditionalProperty("f:metadata", metadataFields);
    fields.setAdditionalProperty("f:spec", specFields);
    OwnerReference owner = new OwnerReference();
    owner.setApiVersion("toolhive.stacklok.dev/v1alpha1");
    owner.setKind("MCPGroup");
    owner.setName("engineering");
    owner.setUid("5f0c4e9a-0b6c-7d1e");
    owner.setController(Boolean.TRUE);
    owner.setBlockOwnerDeletion(Boolean.TRUE);
    ManagedFieldsEntry managed = new ManagedFieldsEntry();
    managed.setManager("kubectl-client-side-apply");
    managed.setOperation("Update");
    managed.setApiVersion("toolhive.stacklok.dev/v1alpha1");
    managed.setTime("2026-11-20T08:00:00Z");
    managed.setFieldsType("FieldsV1");
    managed.setFieldsV1(fields);
    ObjectMeta meta = new ObjectMeta();
    meta.setName(name);
    meta.setNamespace("toolhive-system");
    meta.setUid(uid);
    meta.setResourceVersion("48213");
    meta.setGeneration(GENERATION);
    meta.setCreationTimestamp("2026-11-20T08:00:00Z");
    meta.setLabels(
        map(
            "app.kubernetes.io/name",
            name,
            "app.kubernetes.io/managed-by",
            "toolhive",
            "toolhive.stacklok.dev/group",
            "engineering"));
    meta.setAnnotations(
        map(
            "toolhive.stacklok.dev/restarted-at",
            "2026-11-24T09:59:00Z",
            "kubectl.kubernetes.io/last-applied-configuration",
            applied));
    meta.setFinalizers(list("toolhive.stacklok.dev/finalizer"));
    meta.setOwnerReferences(list(owner));
    meta.setManagedFields(list(managed));
    return meta;
  }

  @SafeVarargs
  private static <T> List<T> list(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return list;
  }

  /** A mutable map of alternating keys and values, in order. */
  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
