package io.github.deepcopygen.toolhive;

import java.util.ArrayList;
import java.util.List;

/** The api module's types: the 55 upstream ToolHive types the issue names, and our Kubernetes stand-ins. */
final class ApiTypes {
  private ApiTypes() {}

  /** Every type reachable from MCPServer, VirtualMCPServer and their lists, upstream's names. */
  static final List<String> UPSTREAM =
      List.of(
          "MCPServer", "MCPServerSpec", "EnvVar", "Volume", "ResourceRequirements", "ResourceList",
          "SecretRef", "PermissionProfileRef", "ResourceOverrides", "ProxyDeploymentOverrides",
          "ResourceMetadataOverrides", "MCPOIDCConfigReference", "AuthzConfigRef", "ConfigMapAuthzRef",
          "InlineAuthzConfig", "AuditConfig", "ToolConfigRef", "ExternalAuthConfigRef", "AuthServerRef",
          "MCPTelemetryConfigReference", "MCPGroupRef", "SessionStorageConfig", "SecretKeyRef",
          "RateLimitConfig", "RateLimitBucket", "ToolRateLimitConfig", "MCPServerStatus",
          "MCPServerPhase", "MCPServerList", "VirtualMCPServer", "VirtualMCPServerSpec",
          "IncomingAuthConfig", "OutgoingAuthConfig", "BackendAuthConfig", "EmbeddingServerRef",
          "EmbeddedAuthServerConfig", "TokenLifespanConfig", "UpstreamProviderConfig",
          "UpstreamProviderType", "OIDCUpstreamConfig", "UserInfoConfig", "UserInfoFieldMapping",
          "OAuth2UpstreamConfig", "TokenResponseMapping", "AuthServerStorageConfig",
          "AuthServerStorageType", "RedisStorageConfig", "RedisSentinelConfig", "SentinelServiceRef",
          "RedisACLUserConfig", "RedisTLSConfig", "VirtualMCPServerStatus", "VirtualMCPServerPhase",
          "DiscoveredBackend", "VirtualMCPServerList");

  /** Small stand-ins for the Kubernetes and vmcp types the upstream types use. */
  static final List<String> STAND_INS =
      List.of(
          "meta.TypeMeta", "meta.ObjectMeta", "meta.ListMeta", "meta.Condition",
          "meta.LocalObjectReference", "meta.RawExtension", "vmcp.Config");

  static Class<?> load(String name) {
    String qualified = "io.github.deepcopygen.toolhive." + (name.contains(".") ? name : "v1alpha1." + name);
    try {
      return Class.forName(qualified);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("missing api type " + qualified, e);
    }
  }

  /** The classes (not enums) of the api, each of which must have a copier. */
  static List<Class<?>> copiedClasses() {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : UPSTREAM) {
      Class<?> type = load(name);
      if (!type.isEnum()) {
        classes.add(type);
      }
    }
    for (String name : STAND_INS) {
      classes.add(load(name));
    }
    return classes;
  }
}
