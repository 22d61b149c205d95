package io.github.deepcopygen.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.deepcopygen.processor.compilers.Compiled;
import io.github.deepcopygen.processor.compilers.TestCompiler;
import io.github.deepcopygen.testing.DocumentChecks;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The golden case JacksonShapes run as its users would: a document read by Jackson, with what
 * Jackson's readers leave in Object positions (a JsonNode, a Date, a schema of the library's own
 * class, a number), copies to the same JSON with nothing shared, on both compilers.
 */
class JacksonShapesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String DOCUMENT =
      """
      {"title": "pets", "class": "gold", "draft": true, "owner": "ops",
       "tags": ["a", "b"],
       "paths": {"/pets": {"summary": "list"}, "/owners": {"summary": "owners"}},
       "schemas": {"Pet": {"maximum": 12.5, "allOf": [{"maximum": 3}],
                           "default": {"name": "rex"}}},
       "root": {"example": [1, "two", {"three": 3}]},
       "components": {"first": [{"summary": "one"}, {"summary": "two"}], "none": []},
       "created": {"id": "c1", "tags": ["x", "y"]},
       "raw": {"any": [1, {"deep": "value"}]},
       "pets": [{"kind": "dog", "name": "rex", "barks": true, "toys": ["ball"]},
                {"kind": "cat", "name": "tom", "lives": 9}]}
      """;

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aDocumentReadByJacksonCopiesExactly(TestCompiler compiler) throws Exception {
    try (URLClassLoader loader = loaded(compiler)) {
      Class<?> document = loader.loadClass("golden.jslib.JsDocument");
      Class<?> schema = loader.loadClass("golden.jslib.JsSchema");
      Object original = MAPPER.readValue(DOCUMENT, document);
      Object other = MAPPER.readValue("{\"title\": \"other\", \"tags\": [\"z\"]}", document);
      Object array = loader.loadClass("golden.jslib.JsArraySchema").getConstructor().newInstance();
      array
          .getClass()
          .getMethod("setItems", schema)
          .invoke(array, schema.getConstructor().newInstance());
      Object pet = ((Map<?, ?>) document.getMethod("getSchemas").invoke(original)).get("Pet");
      // Jackson reads a Map subclass as a map only; a library's own deserializer sets the rest.
      Object paths = document.getMethod("getPaths").invoke(original);
      paths
          .getClass()
          .getMethod("setExtensions", Map.class)
          .invoke(paths, MAPPER.readValue("{\"x-rate\": {\"limit\": 10}}", Map.class));
      // What a library's own deserializers leave where the class declares Object.
      schema.getMethod("setAdditionalProperties", Object.class).invoke(pet, array);
      JsonNode node = MAPPER.readTree("{\"nested\": [1, {\"deep\": true}]}");
      schema.getMethod("setExample", Object.class).invoke(pet, node);
      schema.getMethod("setExample", Object.class).invoke(array, new Date(86_400_000L));

      DocumentChecks.of(JacksonShapesTest::json, "golden.jshapes")
          .copiesExactly("JacksonShapes on " + compiler, original, other);

      Object copy = copier(loader, "JsDocument", document).invoke(null, original);
      Object petCopy = ((Map<?, ?>) document.getMethod("getSchemas").invoke(copy)).get("Pet");
      Object arrayCopy = schema.getMethod("getAdditionalProperties").invoke(petCopy);
      assertThat(arrayCopy.getClass()).isEqualTo(array.getClass());
      assertThat(arrayCopy).isNotSameInstanceAs(array);
      assertThat(schema.getMethod("getExampleSet").invoke(petCopy)).isEqualTo(true);
      Object pathsCopy = document.getMethod("getPaths").invoke(copy);
      assertThat(pathsCopy.getClass()).isEqualTo(paths.getClass());
      assertThat(pathsCopy.getClass().getMethod("getExtensions").invoke(pathsCopy))
          .isEqualTo(Map.of("x-rate", Map.of("limit", 10)));
    }
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aGetterOnlyListThatIsNullInTheTargetIsRefusedNotDropped(TestCompiler compiler)
      throws Exception {
    try (URLClassLoader loader = loaded(compiler)) {
      Class<?> labels = loader.loadClass("golden.jslib.JsLabels");
      Object original = MAPPER.readValue("{\"labels\": [\"x\"]}", labels);
      Object empty = labels.getConstructor().newInstance();
      Method deepCopyInto =
          loader
              .loadClass("golden.jshapes.JsLabelsDeepCopy")
              .getMethod("deepCopyInto", labels, labels);

      assertRefused(
          deepCopyInto,
          original,
          empty,
          "JsLabelsDeepCopy cannot copy the property labels of JsLabels: it has no setter, so"
              + " the copy fills the collection that the target's getter returns, and that"
              + " getter returned null. Fix: copy into an object made by the class's"
              + " constructor, or copy JsLabels with a method named in @DeepCopy(uses = ...)"
              + " instead.");
      // Jackson would set the private field; without reflection the copier cannot, and says so.
      // With no entries to copy there is nothing to fill, and nothing to refuse.
      deepCopyInto.invoke(null, empty, labels.getConstructor().newInstance());
    }
  }

  @ParameterizedTest
  @EnumSource(TestCompiler.class)
  void aNullThatAPrimitiveSetterCannotWriteOverAValueIsRefusedNotLeftStale(TestCompiler compiler)
      throws Exception {
    try (URLClassLoader loader = loaded(compiler)) {
      Class<?> document = loader.loadClass("golden.jslib.JsDocument");
      Object original = MAPPER.readValue("{\"title\": \"no draft\"}", document);
      Object drafted = MAPPER.readValue("{\"draft\": true}", document);
      Method deepCopyInto =
          loader
              .loadClass("golden.jshapes.JsDocumentDeepCopy")
              .getMethod("deepCopyInto", document, document);

      assertRefused(
          deepCopyInto,
          original,
          drafted,
          "JsDocumentDeepCopy cannot copy the property draft of JsDocument: it is null, and"
              + " setDraft takes a primitive, so the copy cannot overwrite the value the target"
              + " holds. Fix: copy into an object made by the class's constructor, or copy"
              + " JsDocument with a method named in @DeepCopy(uses = ...) instead.");
      // Into a fresh object, null stays null.
      Object copy = copier(loader, "JsDocument", document).invoke(null, original);
      assertThat(document.getMethod("isDraft").invoke(copy)).isNull();
    }
  }

  private URLClassLoader loaded(TestCompiler compiler) throws Exception {
    Compiled compiled = GoldenTest.compile(compiler, "JacksonShapes");
    assertThat(compiled.success()).isTrue();
    return new URLClassLoader(
        new URL[] {compiled.classes().toUri().toURL()}, getClass().getClassLoader());
  }

  /** deepCopyInto(in, out) throws IllegalStateException with exactly {@code message}. */
  private static void assertRefused(Method deepCopyInto, Object in, Object out, String message) {
    InvocationTargetException thrown =
        assertThrows(InvocationTargetException.class, () -> deepCopyInto.invoke(null, in, out));
    assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(thrown.getCause()).hasMessageThat().isEqualTo(message);
  }

  private static Method copier(ClassLoader loader, String simpleName, Class<?> type)
      throws ReflectiveOperationException {
    return loader
        .loadClass("golden.jshapes." + simpleName + "DeepCopy")
        .getMethod("deepCopy", type);
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
