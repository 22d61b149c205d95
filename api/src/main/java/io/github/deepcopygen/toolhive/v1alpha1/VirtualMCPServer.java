package io.github.deepcopygen.toolhive.v1alpha1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import io.github.deepcopygen.DeepCopy;

/** A virtual MCP server that aggregates the servers of a group behind one endpoint. */
@DeepCopy
@Group("toolhive.stacklok.dev")
@Version("v1alpha1")
@ShortNames({"vmcp", "virtualmcp"})
public class VirtualMCPServer extends CustomResource<VirtualMCPServerSpec, VirtualMCPServerStatus>
        implements Namespaced {
    private static final long serialVersionUID = 1L;

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public VirtualMCPServer deepCopy() {
        return VirtualMCPServerDeepCopy.deepCopy(this);
    }
}
