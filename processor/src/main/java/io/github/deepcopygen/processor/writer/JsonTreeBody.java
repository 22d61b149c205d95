package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.github.deepcopygen.processor.diagnostics.CopyFailure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The helper that copies a JSON value as Jackson reads one: scalars are immutable and shared, maps
 * and lists are copied node by node, a {@code Date} or {@code byte[]} (which libraries convert JSON
 * strings into) cloned, Jackson's own nodes copied by their {@code deepCopy()}, and anything else
 * is refused, since sharing it could be the silent shallow copy we never make.
 */
final class JsonTreeBody {

  /**
   * The immutable leaves of a JSON tree; other Number classes (AtomicLong, LongAdder) are mutable.
   */
  private static final List<Class<?>> JSON_SCALARS =
      List.of(
          String.class,
          Boolean.class,
          Integer.class,
          Long.class,
          Double.class,
          Float.class,
          Short.class,
          Byte.class,
          BigInteger.class,
          BigDecimal.class);

  /**
   * Immutable values a library converts JSON strings into (swagger's date schemas, UUIDs), asked
   * after maps and lists, which JSON trees hold far more often.
   */
  private static final List<Class<?>> CONVERTED_SCALARS =
      List.of(
          Character.class,
          UUID.class,
          URI.class,
          Instant.class,
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class,
          OffsetDateTime.class,
          OffsetTime.class,
          ZonedDateTime.class,
          Duration.class);

  private final String copier;
  private final Optional<String> library;
  private final List<ClassName> jsonNodes;
  private final Optional<ClassName> index;

  /**
   * @param library the library class the copier copies, whose fields the user cannot mark
   * @param jsonNodes Jackson's node classes on the compile class path
   * @param index the package's index, whose copiers take values of the library's own classes
   */
  JsonTreeBody(
      String copier,
      Optional<String> library,
      List<ClassName> jsonNodes,
      Optional<ClassName> index) {
    this.copier = copier;
    this.library = library;
    this.jsonNodes = jsonNodes;
    this.index = index;
  }

  /** The statements of a helper that copies a JSON number held as {@code Number}. */
  void writeNumber(CodeBlock.Builder body) {
    CodeBlock scalar =
        CodeBlock.join(
            JSON_SCALARS.stream()
                .filter(Number.class::isAssignableFrom)
                .map(type -> CodeBlock.of("in instanceof $T", type))
                .toList(),
            "$W|| ");
    body.beginControlFlow("if ($L)", scalar).addStatement("return in").endControlFlow();
    refuse(body);
  }

  /** The statements of the helper {@code name}, which calls itself for every node below. */
  void write(CodeBlock.Builder body, String name) {
    CodeBlock scalar =
        CodeBlock.join(
            JSON_SCALARS.stream().map(type -> CodeBlock.of("in instanceof $T", type)).toList(),
            "$W|| ");
    body.beginControlFlow("if ($L)", scalar).addStatement("return in").endControlFlow();
    body.beginControlFlow("if (in instanceof $T<?, ?> map)", Map.class);
    body.addStatement(
        "$T<$T, $T> out = new $T<>((int) Math.ceil(map.size() / 0.75))",
        Map.class,
        String.class,
        Object.class,
        LinkedHashMap.class);
    body.beginControlFlow("for ($T<?, ?> entry : map.entrySet())", LoopBodies.MAP_ENTRY);
    body.beginControlFlow("if (!(entry.getKey() instanceof $T key))", String.class);
    CopyFailure key = library.isPresent() ? CopyFailure.LIBRARY_JSON_KEY : CopyFailure.JSON_KEY;
    body.addStatement(
        "throw new $T($S + entry.getKey() + $S)",
        IllegalArgumentException.class,
        key.before(copier),
        key.after(library.orElse("")));
    body.endControlFlow();
    body.addStatement("out.put(key, $N(entry.getValue()))", name);
    body.endControlFlow();
    body.addStatement("return out");
    body.endControlFlow();
    body.beginControlFlow("if (in instanceof $T<?> list)", List.class);
    body.addStatement(
        "$T<$T> out = new $T<>(list.size())", List.class, Object.class, ArrayList.class);
    body.beginControlFlow("for ($T element : list)", Object.class);
    body.addStatement("out.add($N(element))", name);
    body.endControlFlow();
    body.addStatement("return out");
    body.endControlFlow();
    CodeBlock converted =
        CodeBlock.join(
            CONVERTED_SCALARS.stream().map(type -> CodeBlock.of("in instanceof $T", type)).toList(),
            "$W|| ");
    body.beginControlFlow("if ($L)", converted).addStatement("return in").endControlFlow();
    for (ClassName node : jsonNodes) {
      body.beginControlFlow("if (in instanceof $T node)", node)
          .addStatement("return node.deepCopy()")
          .endControlFlow();
    }
    body.beginControlFlow("if (in instanceof $T date)", Date.class)
        .addStatement("return date.clone()")
        .endControlFlow();
    body.beginControlFlow("if (in instanceof byte[] bytes)")
        .addStatement("return bytes.clone()")
        .endControlFlow();
    if (index.isPresent()) {
      body.beginControlFlow("if ($T.copierFor(in.getClass()).isPresent())", index.get())
          .addStatement("return $T.deepCopy(in)", index.get())
          .endControlFlow();
    }
    refuse(body);
  }

  /** The refusal of a value no JSON tree holds. */
  private void refuse(CodeBlock.Builder body) {
    CopyFailure value =
        library.isPresent() ? CopyFailure.LIBRARY_JSON_VALUE : CopyFailure.JSON_VALUE;
    body.addStatement(
        "throw new $T($S + in.getClass().getName() + $S)",
        IllegalArgumentException.class,
        value.before(copier),
        value.after(library.orElse("")));
  }
}
