package io.github.deepcopygen.toolhive.v1alpha1;

import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.meta.KubernetesList;

/** A page of {@link VirtualMCPServer} resources, as a list call returns them. */
@DeepCopy
public class VirtualMCPServerList extends KubernetesList<VirtualMCPServer> {
    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public VirtualMCPServerList deepCopy() {
        return VirtualMCPServerListDeepCopy.deepCopy(this);
    }
}
