package io.github.deepcopygen.toolhive.crd;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Completes the top of each generated CRD's schema as controller-gen writes it, where fabric8's
 * generator leaves it out and applies no schema customizer: the resource's description, {@code
 * apiVersion} and {@code kind} as described strings, {@code metadata} as an object, and {@code
 * spec} and {@code status} described by their classes' {@code @JsonClassDescription}. The build
 * runs it right after the CRD generator, with the CRD folder and the resource classes as arguments.
 */
public final class ResourceRoots {
  static final String API_VERSION =
      "The versioned schema of this representation of the object: servers"
          + " convert the versions they know to their latest one, and may refuse the others.";
  static final String KIND =
      "The REST resource this object represents, in CamelCase: servers may infer it"
          + " from the endpoint the request went to, and it cannot be changed.";

  private ResourceRoots() {}

  public static void main(String[] args) throws IOException, ClassNotFoundException {
    Path folder = Paths.get(args[0]);
    for (int i = 1; i < args.length; i++) {
      complete(folder, Class.forName(args[i]));
    }
  }

  static void complete(Path folder, Class<?> resource) throws IOException {
    Path crd =
        folder.resolve(
            resource.getAnnotation(Plural.class).value()
                + "."
                + resource.getAnnotation(Group.class).value()
                + "-v1.yml");
    YAMLMapper yaml = new YAMLMapper();
    ObjectNode manifest = (ObjectNode) yaml.readTree(crd.toFile());
    ObjectNode root =
        (ObjectNode)
            manifest.path("spec").path("versions").get(0).path("schema").path("openAPIV3Schema");
    describe(root, resource);
    ObjectNode properties = (ObjectNode) root.path("properties");
    typed(properties, "apiVersion", "string").put("description", API_VERSION);
    typed(properties, "kind", "string").put("description", KIND);
    typed(properties, "metadata", "object");
    Type[] parts = ((ParameterizedType) resource.getGenericSuperclass()).getActualTypeArguments();
    describe((ObjectNode) properties.path("spec"), (Class<?>) parts[0]);
    describe((ObjectNode) properties.path("status"), (Class<?>) parts[1]);
    Files.writeString(crd, yaml.writeValueAsString(manifest));
  }

  /** The property {@code name}, typed; fabric8's generator writes none of the three at all. */
  private static ObjectNode typed(ObjectNode properties, String name, String type) {
    ObjectNode property =
        properties.has(name) ? (ObjectNode) properties.get(name) : properties.putObject(name);
    if (!property.has("type")) {
      property.put("type", type);
    }
    return property;
  }

  private static void describe(ObjectNode schema, Class<?> type) {
    JsonClassDescription description = type.getAnnotation(JsonClassDescription.class);
    if (description == null) {
      throw new IllegalArgumentException(
          type.getName() + " needs a @JsonClassDescription for its CRD");
    }
    schema.put("description", description.value());
  }
}
