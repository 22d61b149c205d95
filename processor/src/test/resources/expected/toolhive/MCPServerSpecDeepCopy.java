package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link MCPServerSpec}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class MCPServerSpecDeepCopy {
    private MCPServerSpecDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static MCPServerSpec deepCopy(MCPServerSpec in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != MCPServerSpec.class) {
            throw new IllegalArgumentException("MCPServerSpecDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make MCPServerSpec sealed or final.");
        }
        MCPServerSpec out = new MCPServerSpec();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(MCPServerSpec in, MCPServerSpec out) {
        out.setAdditionalProperties(copyMapOfStringToObject(in.getAdditionalProperties()));
        out.setImage(in.getImage());
        out.setTransport(in.getTransport());
        out.setProxyMode(in.getProxyMode());
        out.setProxyPort(in.getProxyPort());
        out.setMcpPort(in.getMcpPort());
        List<String> args = in.getArgs();
        out.setArgs(args == null ? null : new ArrayList<>(args));
        out.setEnv(copyListOfEnvVar(in.getEnv()));
        out.setVolumes(copyListOfVolume(in.getVolumes()));
        ResourceRequirements resources = in.getResources();
        out.setResources(resources == null ? null : resources.deepCopy());
        out.setSecrets(copyListOfSecretRef(in.getSecrets()));
        out.setServiceAccount(in.getServiceAccount());
        PermissionProfileRef permissionProfile = in.getPermissionProfile();
        out.setPermissionProfile(permissionProfile == null ? null : permissionProfile.deepCopy());
        out.setPodTemplateSpec(RawExtensionDeepCopy.deepCopy(in.getPodTemplateSpec()));
        ResourceOverrides resourceOverrides = in.getResourceOverrides();
        out.setResourceOverrides(resourceOverrides == null ? null : resourceOverrides.deepCopy());
        MCPOIDCConfigReference oidcConfigRef = in.getOidcConfigRef();
        out.setOidcConfigRef(oidcConfigRef == null ? null : oidcConfigRef.deepCopy());
        AuthzConfigRef authzConfig = in.getAuthzConfig();
        out.setAuthzConfig(authzConfig == null ? null : authzConfig.deepCopy());
        AuditConfig audit = in.getAudit();
        out.setAudit(audit == null ? null : audit.deepCopy());
        ToolConfigRef toolConfigRef = in.getToolConfigRef();
        out.setToolConfigRef(toolConfigRef == null ? null : toolConfigRef.deepCopy());
        ExternalAuthConfigRef externalAuthConfigRef = in.getExternalAuthConfigRef();
        out.setExternalAuthConfigRef(externalAuthConfigRef == null ? null : externalAuthConfigRef.deepCopy());
        AuthServerRef authServerRef = in.getAuthServerRef();
        out.setAuthServerRef(authServerRef == null ? null : authServerRef.deepCopy());
        MCPTelemetryConfigReference telemetryConfigRef = in.getTelemetryConfigRef();
        out.setTelemetryConfigRef(telemetryConfigRef == null ? null : telemetryConfigRef.deepCopy());
        out.setTrustProxyHeaders(in.isTrustProxyHeaders());
        out.setEndpointPrefix(in.getEndpointPrefix());
        MCPGroupRef groupRef = in.getGroupRef();
        out.setGroupRef(groupRef == null ? null : groupRef.deepCopy());
        out.setSessionAffinity(in.getSessionAffinity());
        out.setReplicas(in.getReplicas());
        out.setBackendReplicas(in.getBackendReplicas());
        SessionStorageConfig sessionStorage = in.getSessionStorage();
        out.setSessionStorage(sessionStorage == null ? null : sessionStorage.deepCopy());
        RateLimitConfig rateLimiting = in.getRateLimiting();
        out.setRateLimiting(rateLimiting == null ? null : rateLimiting.deepCopy());
    }

    private static Map<String, Object> copyMapOfStringToObject(Map<String, Object> in) {
        if (in == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, Object> entry : in.entrySet()) {
            out.put(entry.getKey(), copyJsonTree(entry.getValue()));
        }
        return out;
    }

    private static Object copyJsonTree(Object in) {
        if (in == null) {
            return null;
        }
        if (in instanceof String || in instanceof Boolean || in instanceof Integer
                || in instanceof Long || in instanceof Double || in instanceof Float
                || in instanceof Short || in instanceof Byte || in instanceof BigInteger
                || in instanceof BigDecimal) {
            return in;
        }
        if (in instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>((int) Math.ceil(map.size() / 0.75));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("MCPServerSpecDeepCopy cannot copy the JSON object key " + entry.getKey() + ": JSON keys are strings. Fix: use string keys, or mark the field @DeepCopy.Shallow.");
                }
                out.put(key, copyJsonTree(entry.getValue()));
            }
            return out;
        }
        if (in instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object element : list) {
                out.add(copyJsonTree(element));
            }
            return out;
        }
        if (in instanceof Character || in instanceof UUID || in instanceof URI
                || in instanceof Instant || in instanceof LocalDate || in instanceof LocalDateTime
                || in instanceof LocalTime || in instanceof OffsetDateTime
                || in instanceof OffsetTime || in instanceof ZonedDateTime
                || in instanceof Duration) {
            return in;
        }
        if (in instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (in instanceof Date date) {
            return date.clone();
        }
        if (in instanceof byte[] bytes) {
            return bytes.clone();
        }
        throw new IllegalArgumentException("MCPServerSpecDeepCopy cannot copy a " + in.getClass().getName() + " in a JSON tree, which holds only null, strings, booleans, numbers, dates and times, maps with string keys, lists and Jackson's nodes. Fix: put JSON values in the field, or mark it @DeepCopy.Shallow.");
    }

    private static List<EnvVar> copyListOfEnvVar(List<EnvVar> in) {
        if (in == null) {
            return null;
        }
        List<EnvVar> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                EnvVar element = in.get(i);
                out.add(element == null ? null : element.deepCopy());
            }
        } else {
            for (EnvVar element : in) {
                out.add(element == null ? null : element.deepCopy());
            }
        }
        return out;
    }

    private static List<Volume> copyListOfVolume(List<Volume> in) {
        if (in == null) {
            return null;
        }
        List<Volume> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                Volume element = in.get(i);
                out.add(element == null ? null : element.deepCopy());
            }
        } else {
            for (Volume element : in) {
                out.add(element == null ? null : element.deepCopy());
            }
        }
        return out;
    }

    private static List<SecretRef> copyListOfSecretRef(List<SecretRef> in) {
        if (in == null) {
            return null;
        }
        List<SecretRef> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                SecretRef element = in.get(i);
                out.add(element == null ? null : element.deepCopy());
            }
        } else {
            for (SecretRef element : in) {
                out.add(element == null ? null : element.deepCopy());
            }
        }
        return out;
    }
}
