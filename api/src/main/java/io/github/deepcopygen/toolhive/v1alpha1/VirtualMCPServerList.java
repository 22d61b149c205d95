package io.github.deepcopygen.toolhive.v1alpha1;

import io.fabric8.kubernetes.api.model.DefaultKubernetesResourceList;
import io.github.deepcopygen.DeepCopy;

/** A page of {@link VirtualMCPServer} resources, as a list call returns them. */
@DeepCopy
public class VirtualMCPServerList extends DefaultKubernetesResourceList<VirtualMCPServer> {
  private static final long serialVersionUID = 1L;

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public VirtualMCPServerList deepCopy() {
    return VirtualMCPServerListDeepCopy.deepCopy(this);
  }
}
