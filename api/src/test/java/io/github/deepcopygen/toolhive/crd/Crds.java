package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CRD manifests that fabric8's generator wrote into the api's classes at build time, as YAML
 * trees.
 */
final class Crds {
  static final String MCP_SERVER = "mcpservers.toolhive.stacklok.dev";
  static final String VIRTUAL_MCP_SERVER = "virtualmcpservers.toolhive.stacklok.dev";

  private Crds() {}

  /** The whole manifest of CRD {@code name}, as {@code kubectl apply} would read it. */
  static JsonNode manifest(String name) {
    String resource = "META-INF/fabric8/" + name + "-v1.yml";
    try (InputStream in = Crds.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError(
            resource + " is missing: the crd-generator-maven-plugin did not run");
      }
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The OpenAPI schema of the resource's {@code spec} in the CRD's only version, v1alpha1. */
  static JsonNode specSchema(String name) {
    JsonNode versions = manifest(name).path("spec").path("versions");
    if (versions.size() != 1 || !versions.get(0).path("name").asText().equals("v1alpha1")) {
      throw new AssertionError(name + ": expected one version, v1alpha1, but was " + versions);
    }
    return versions.get(0).path("schema").path("openAPIV3Schema").path("properties").path("spec");
  }

  /** The schema of the {@code sessionStorage} property of the resource's spec. */
  static JsonNode sessionStorage(String name) {
    return specSchema(name).path("properties").path("sessionStorage");
  }
}
