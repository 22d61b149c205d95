package io.github.deepcopygen.toolhive.v1alpha1;

import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.meta.CustomResource;

/** An MCP server that the operator runs in the cluster, with its proxy in front. */
@DeepCopy
public class MCPServer extends CustomResource<MCPServerSpec, MCPServerStatus> {
    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public MCPServer deepCopy() {
        return MCPServerDeepCopy.deepCopy(this);
    }
}
