package io.github.deepcopygen.benchmarks;

import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;

/** Checks, once before measuring, that a copy method copies: a method that cannot is not timed. */
final class Verification {
  private Verification() {}

  static void clonesCorrectly(String method, MCPServer original, MCPServer copy) {
    String before = original.toString();
    if (copy == original || !copy.equals(original) || !copy.toString().equals(before)) {
      throw new IllegalStateException(method + " does not return an equal copy");
    }
    // Change every mutable level of the copy; the original must not see it.
    copy.getMetadata().getLabels().put("changed", "yes");
    copy.getMetadata().getOwnerReferences().get(0).setName("changed");
    copy.getSpec().getEnv().get(0).setValue("changed");
    copy.getSpec().getSessionStorage().getPasswordRef().setName("changed");
    copy.getStatus().getConditions().get(0).setStatus("False");
    if (!original.toString().equals(before)) {
      throw new IllegalStateException(method + " shares mutable objects with the original");
    }
  }
}
