package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.github.deepcopygen.DeepCopy;

/**
 * An MCP server that the operator runs in the cluster, with its proxy in front. The copier copies
 * the fabric8 superclass's metadata, spec and status through the package's included CustomResource
 * copier.
 */
@DeepCopy
@Group("toolhive.stacklok.dev")
@Plural("mcpservers")
@Singular("mcpserver")
@Version("v1alpha1")
@ShortNames({"mcpserver", "mcpservers"})
@Categories("toolhive")
@AdditionalPrinterColumn(name = "Status", jsonPath = ".status.phase", type = Type.STRING)
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type=='Ready')].status",
    type = Type.STRING)
@AdditionalPrinterColumn(name = "Replicas", jsonPath = ".status.readyReplicas", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "URL", jsonPath = ".status.url", type = Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
@JsonClassDescription(
    "An MCP server that the operator runs in the cluster, with a proxy in front of it.")
public class MCPServer extends ToolHiveResource<MCPServerSpec, MCPServerStatus> {
  private static final long serialVersionUID = 1L;

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public MCPServer deepCopy() {
    return MCPServerDeepCopy.deepCopy(this);
  }

  // fabric8's CustomResource constructor, run by every copy and every JSON read, costs about 6 us
  // without these: it pluralizes the class name with regular expressions unless @Plural and
  // @Singular name the resource, and its default initSpec() and initStatus() reach for reflection
  // and give null. These give null directly; the constructor then costs about 0.3 us
  // (ClonerBenchmark.newMCPServer).
  @Override
  protected MCPServerSpec initSpec() {
    return null;
  }

  @Override
  protected MCPServerStatus initStatus() {
    return null;
  }
}
