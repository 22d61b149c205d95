package io.github.deepcopygen.benchmarks;

import com.esotericsoftware.kryo.Kryo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.github.deepcopygen.benchmarks.openapi.OpenAPIDeepCopy;
import io.github.deepcopygen.benchmarks.strimzi.KafkaDeepCopy;
import io.github.deepcopygen.kubernetes.DeploymentDeepCopy;
import io.github.deepcopygen.kubernetes.PodDeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerDeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpec;
import io.github.deepcopygen.toolhive.v1alpha1.MCPServerSpecDeepCopy;
import io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServer;
import io.github.deepcopygen.toolhive.v1alpha1.VirtualMCPServerDeepCopy;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.fory.Fory;

/**
 * Every way of copying one resource class that the benchmarks compare, set up once: the generated
 * copier, the hand-written copy, Jackson three ways, Kryo, Fory and fabric8's serialization clone.
 */
final class CopyMethods<T> {
  static final String STRIMZI_KAFKA =
      "security--keycloak-authorization--kafka-ephemeral-oauth-single-keycloak-authz-metrics";

  /** The methods, by the name of their benchmark, in the order of the report. */
  static final String[] NAMES = {
    "handWritten",
    "generated",
    "kryo",
    "fory",
    "fabric8Clone",
    "jacksonBytes",
    "jacksonTree",
    "jacksonConvert",
    "javaSerialization"
  };

  final Class<T> type;
  final Supplier<T> fixture;
  final UnaryOperator<T> generated;

  /** Null for a class nobody has written a copy of. */
  final UnaryOperator<T> handWritten;

  /**
   * The construction floor: builds the same graph from constants, reading no source; null where the
   * fixture is read from a document, which is no floor.
   */
  final Supplier<T> floor;

  private final ObjectMapper jackson;
  private final Kryo kryo;
  private final Fory fory;
  private final KubernetesSerialization fabric8;

  private CopyMethods(
      Class<T> type,
      Supplier<T> fixture,
      UnaryOperator<T> generated,
      UnaryOperator<T> handWritten,
      Supplier<T> floor) {
    // java.time.Duration (rate-limit refill periods) needs the JSR-310 module, as in any operator.
    this(
        type,
        fixture,
        generated,
        handWritten,
        floor,
        JsonMapper.builder().addModule(new JavaTimeModule()).build());
  }

  /** With the mapper the model's own users read and write it with. */
  private CopyMethods(
      Class<T> type,
      Supplier<T> fixture,
      UnaryOperator<T> generated,
      UnaryOperator<T> handWritten,
      Supplier<T> floor,
      ObjectMapper jackson) {
    this.type = type;
    this.fixture = fixture;
    this.floor = floor;
    this.generated = generated;
    this.handWritten = handWritten;
    this.jackson = jackson;
    // Resources are trees: no references to keep.
    this.kryo = RunTimeCopiers.kryo(false);
    this.fory = RunTimeCopiers.fory(false);
    this.fabric8 = new KubernetesSerialization();
  }

  static CopyMethods<MCPServer> mcpServer() {
    return new CopyMethods<>(
        MCPServer.class,
        Fixtures::mcpServer,
        MCPServerDeepCopy::deepCopy,
        HandCopy::copy,
        Fixtures::mcpServer);
  }

  /** The spec alone: only our own types, without fabric8's resource and metadata classes. */
  static CopyMethods<MCPServerSpec> mcpServerSpec() {
    return new CopyMethods<>(
        MCPServerSpec.class,
        Fixtures::mcpServerSpec,
        MCPServerSpecDeepCopy::deepCopy,
        HandCopy::copy,
        Fixtures::mcpServerSpec);
  }

  /**
   * fabric8's own Deployment: no hand-written copy of its hundred classes exists to compare with.
   */
  static CopyMethods<Deployment> deployment() {
    return new CopyMethods<>(
        Deployment.class,
        () -> Fixtures.document("deployment", Deployment.class),
        DeploymentDeepCopy::deepCopy,
        null,
        null);
  }

  static CopyMethods<Pod> pod() {
    return new CopyMethods<>(
        Pod.class, () -> Fixtures.document("pod", Pod.class), PodDeepCopy::deepCopy, null, null);
  }

  /**
   * Strimzi's Kafka from its published examples (OAuth listeners, Keycloak authorization, metrics),
   * copied by the copiers a transitive include of the model writes: nobody hand-writes these.
   */
  static CopyMethods<Kafka> kafka() {
    return new CopyMethods<>(
        Kafka.class,
        () -> Fixtures.strimziKafka(STRIMZI_KAFKA),
        KafkaDeepCopy::deepCopy,
        null,
        null);
  }

  /**
   * The OpenAPI Initiative's expanded pet store, read by swagger's parser: a description whose
   * Jackson round trip is exact (swagger's own turns the JSON nodes of examples into maps, so it is
   * not timed on those).
   */
  static CopyMethods<OpenAPI> openApi() {
    return new CopyMethods<>(
        OpenAPI.class,
        () -> Fixtures.openApi("petstore-expanded"),
        OpenAPIDeepCopy::deepCopy,
        null,
        null,
        Json.mapper());
  }

  static CopyMethods<VirtualMCPServer> virtualMcpServer() {
    return new CopyMethods<>(
        VirtualMCPServer.class,
        Fixtures::virtualMcpServer,
        VirtualMCPServerDeepCopy::deepCopy,
        HandCopy::copy,
        Fixtures::virtualMcpServer);
  }

  T jacksonBytes(T in) {
    try {
      return jackson.readValue(jackson.writeValueAsBytes(in), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  T jacksonTree(T in) {
    try {
      return jackson.treeToValue(jackson.valueToTree(in), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  T jacksonConvert(T in) {
    return jackson.convertValue(in, type);
  }

  T kryo(T in) {
    return kryo.copy(in);
  }

  T fory(T in) {
    return fory.copy(in);
  }

  T fabric8Clone(T in) {
    return fabric8.clone(in);
  }

  /** ObjectOutputStream then ObjectInputStream: Java's own deep copy, for what is Serializable. */
  T javaSerialization(T in) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(in);
      }
      try (ObjectInputStream objects =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return type.cast(objects.readObject());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The method named {@code name} (one of {@link #NAMES}), for the check before measuring; null if
   * none.
   */
  UnaryOperator<T> byName(String name) {
    Map<String, UnaryOperator<T>> all = new LinkedHashMap<>();
    all.put("handWritten", handWritten);
    all.put("generated", generated);
    all.put("kryo", this::kryo);
    all.put("fory", this::fory);
    all.put("fabric8Clone", this::fabric8Clone);
    all.put("jacksonBytes", this::jacksonBytes);
    all.put("jacksonTree", this::jacksonTree);
    all.put("jacksonConvert", this::jacksonConvert);
    all.put("javaSerialization", this::javaSerialization);
    return all.get(name);
  }
}
