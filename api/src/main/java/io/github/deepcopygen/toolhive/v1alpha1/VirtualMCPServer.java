package io.github.deepcopygen.toolhive.v1alpha1;

import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.meta.CustomResource;

/** A virtual MCP server that aggregates the servers of a group behind one endpoint. */
@DeepCopy
public class VirtualMCPServer extends CustomResource<VirtualMCPServerSpec, VirtualMCPServerStatus> {
    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public VirtualMCPServer deepCopy() {
        return VirtualMCPServerDeepCopy.deepCopy(this);
    }
}
