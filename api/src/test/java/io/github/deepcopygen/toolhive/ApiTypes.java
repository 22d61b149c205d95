package io.github.deepcopygen.toolhive;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.DefaultKubernetesResourceList;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.ListMeta;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.runtime.RawExtension;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The api module's types: the 55 upstream ToolHive types, the fabric8 classes they reach, and the
 * vmcp configuration.
 */
final class ApiTypes {
  private ApiTypes() {}

  /** Every type reachable from MCPServer, VirtualMCPServer and their lists, upstream's names. */
  static final List<String> UPSTREAM =
      List.of(
          "MCPServer",
          "MCPServerSpec",
          "EnvVar",
          "Volume",
          "ResourceRequirements",
          "ResourceList",
          "SecretRef",
          "PermissionProfileRef",
          "ResourceOverrides",
          "ProxyDeploymentOverrides",
          "ResourceMetadataOverrides",
          "MCPOIDCConfigReference",
          "AuthzConfigRef",
          "ConfigMapAuthzRef",
          "InlineAuthzConfig",
          "AuditConfig",
          "ToolConfigRef",
          "ExternalAuthConfigRef",
          "AuthServerRef",
          "MCPTelemetryConfigReference",
          "MCPGroupRef",
          "SessionStorageConfig",
          "SecretKeyRef",
          "RateLimitConfig",
          "RateLimitBucket",
          "ToolRateLimitConfig",
          "MCPServerStatus",
          "MCPServerPhase",
          "MCPServerList",
          "VirtualMCPServer",
          "VirtualMCPServerSpec",
          "IncomingAuthConfig",
          "OutgoingAuthConfig",
          "BackendAuthConfig",
          "EmbeddingServerRef",
          "EmbeddedAuthServerConfig",
          "TokenLifespanConfig",
          "UpstreamProviderConfig",
          "UpstreamProviderType",
          "OIDCUpstreamConfig",
          "UserInfoConfig",
          "UserInfoFieldMapping",
          "OAuth2UpstreamConfig",
          "TokenResponseMapping",
          "AuthServerStorageConfig",
          "AuthServerStorageType",
          "RedisStorageConfig",
          "RedisSentinelConfig",
          "SentinelServiceRef",
          "RedisACLUserConfig",
          "RedisTLSConfig",
          "VirtualMCPServerStatus",
          "VirtualMCPServerPhase",
          "DiscoveredBackend",
          "VirtualMCPServerList");

  /**
   * The vmcp configuration (upstream's pkg/vmcp/config and the auth, audit and telemetry types it
   * reaches).
   */
  static final List<String> VMCP =
      List.of(
          "vmcp.AggregationConfig",
          "vmcp.AuditConfig",
          "vmcp.AuthzConfig",
          "vmcp.BackendAuthStrategy",
          "vmcp.CircuitBreakerConfig",
          "vmcp.CompositeToolConfig",
          "vmcp.CompositeToolRef",
          "vmcp.Config",
          "vmcp.ConflictResolutionConfig",
          "vmcp.ElicitationResponseConfig",
          "vmcp.FailureHandlingConfig",
          "vmcp.HeaderInjectionConfig",
          "vmcp.IncomingAuthConfig",
          "vmcp.OIDCConfig",
          "vmcp.OperationalConfig",
          "vmcp.OptimizerConfig",
          "vmcp.OutgoingAuthConfig",
          "vmcp.OutputConfig",
          "vmcp.OutputProperty",
          "vmcp.SessionStorageConfig",
          "vmcp.StaticBackendConfig",
          "vmcp.StepErrorHandling",
          "vmcp.TelemetryConfig",
          "vmcp.TimeoutConfig",
          "vmcp.TokenExchangeConfig",
          "vmcp.ToolAnnotationsOverride",
          "vmcp.ToolConfigRef",
          "vmcp.ToolOverride",
          "vmcp.UpstreamInjectConfig",
          "vmcp.WorkflowStepConfig",
          "vmcp.WorkloadToolConfig");

  /** Where the package-info of v1alpha1 includes fabric8's classes, so where their copiers are. */
  static final String INCLUDE_SITE = "io.github.deepcopygen.toolhive.v1alpha1";

  /**
   * The fabric8 model classes the api reaches, each copied by a copier its
   * {@code @DeepCopy.Include} asks for.
   */
  static final List<Class<?>> FABRIC8 =
      List.of(
          CustomResource.class,
          DefaultKubernetesResourceList.class,
          ObjectMeta.class,
          OwnerReference.class,
          ManagedFieldsEntry.class,
          FieldsV1.class,
          ListMeta.class,
          Condition.class,
          LocalObjectReference.class,
          RawExtension.class);

  /** The package of {@code type}'s copier. */
  static String siteOf(Class<?> type) {
    return FABRIC8.contains(type) ? INCLUDE_SITE : type.getPackageName();
  }

  static Class<?> load(String name) {
    String qualified =
        "io.github.deepcopygen.toolhive." + (name.contains(".") ? name : "v1alpha1." + name);
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
    for (String name : VMCP) {
      classes.add(load(name));
    }
    classes.addAll(FABRIC8);
    return classes;
  }
}
