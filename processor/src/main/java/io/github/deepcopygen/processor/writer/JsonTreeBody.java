package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import io.github.deepcopygen.processor.diagnostics.CopyFailure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The helper that copies a JSON value as Jackson reads one: scalars are immutable and shared, maps
 * and lists are copied node by node, and anything else is refused, since sharing it could be the
 * silent shallow copy we never make.
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

  private final String copier;
  private final Optional<String> library;

  /**
   * @param library the library class the copier copies, whose fields the user cannot mark
   */
  JsonTreeBody(String copier, Optional<String> library) {
    this.copier = copier;
    this.library = library;
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
    CopyFailure value =
        library.isPresent() ? CopyFailure.LIBRARY_JSON_VALUE : CopyFailure.JSON_VALUE;
    body.addStatement(
        "throw new $T($S + in.getClass().getName() + $S)",
        IllegalArgumentException.class,
        value.before(copier),
        value.after(library.orElse("")));
  }
}
