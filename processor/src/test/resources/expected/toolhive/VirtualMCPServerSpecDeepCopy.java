package io.github.deepcopygen.toolhive.v1alpha1;

import io.github.deepcopygen.toolhive.vmcp.Config;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link VirtualMCPServerSpec}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class VirtualMCPServerSpecDeepCopy {
    private VirtualMCPServerSpecDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static VirtualMCPServerSpec deepCopy(VirtualMCPServerSpec in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != VirtualMCPServerSpec.class) {
            throw new IllegalArgumentException("VirtualMCPServerSpecDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServerSpec: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make VirtualMCPServerSpec sealed or final.");
        }
        VirtualMCPServerSpec out = new VirtualMCPServerSpec();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(VirtualMCPServerSpec in, VirtualMCPServerSpec out) {
        IncomingAuthConfig incomingAuth = in.getIncomingAuth();
        out.setIncomingAuth(incomingAuth == null ? null : incomingAuth.deepCopy());
        OutgoingAuthConfig outgoingAuth = in.getOutgoingAuth();
        out.setOutgoingAuth(outgoingAuth == null ? null : outgoingAuth.deepCopy());
        out.setServiceType(in.getServiceType());
        out.setSessionAffinity(in.getSessionAffinity());
        out.setServiceAccount(in.getServiceAccount());
        out.setPodTemplateSpec(RawExtensionDeepCopy.deepCopy(in.getPodTemplateSpec()));
        MCPGroupRef groupRef = in.getGroupRef();
        out.setGroupRef(groupRef == null ? null : groupRef.deepCopy());
        Config config = in.getConfig();
        out.setConfig(config == null ? null : config.deepCopy());
        MCPTelemetryConfigReference telemetryConfigRef = in.getTelemetryConfigRef();
        out.setTelemetryConfigRef(telemetryConfigRef == null ? null : telemetryConfigRef.deepCopy());
        EmbeddingServerRef embeddingServerRef = in.getEmbeddingServerRef();
        out.setEmbeddingServerRef(embeddingServerRef == null ? null : embeddingServerRef.deepCopy());
        EmbeddedAuthServerConfig authServerConfig = in.getAuthServerConfig();
        out.setAuthServerConfig(authServerConfig == null ? null : authServerConfig.deepCopy());
        out.setReplicas(in.getReplicas());
        SessionStorageConfig sessionStorage = in.getSessionStorage();
        out.setSessionStorage(sessionStorage == null ? null : sessionStorage.deepCopy());
    }
}
