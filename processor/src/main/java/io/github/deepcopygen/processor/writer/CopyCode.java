package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import javax.lang.model.element.Modifier;

/**
 * Renders copy strategies as Java: one expression per value, and a private static helper method for
 * every collection, map or array that needs a loop, shared by all fields of the same type.
 */
final class CopyCode {
  private static final ClassName MAP_ENTRY = ClassName.get("java.util", "Map", "Entry");

  private final HelperNames names = new HelperNames();
  private final Map<CopyStrategy, String> helperNames = new HashMap<>();
  private final List<MethodSpec> helpers = new ArrayList<>();

  /** The helpers written so far, in the order their first use asked for them. */
  List<MethodSpec> helpers() {
    return List.copyOf(helpers);
  }

  /**
   * The expression that copies {@code source} (of {@code type}). A source that is not {@code cheap} (a
   * getter call) is first read into a local, declared in {@code body}, when the expression would name
   * it twice.
   */
  CodeBlock copyOf(
      CodeBlock.Builder body,
      NameAllocator locals,
      String localName,
      CopyStrategy strategy,
      TypeName type,
      CodeBlock source,
      boolean cheap) {
    if (!cheap && readsSourceTwice(strategy)) {
      String local = locals.newName(localName);
      body.addStatement("$T $N = $L", type, local, source);
      return expression(strategy, CodeBlock.of("$N", local));
    }
    return expression(strategy, source);
  }

  /** The copy of {@code source}, which must be safe to evaluate more than once. */
  CodeBlock expression(CopyStrategy strategy, CodeBlock source) {
    if (strategy instanceof CopyStrategy.Share) {
      return source;
    }
    if (strategy instanceof CopyStrategy.UseCopier copier) {
      return CodeBlock.of("$T.deepCopy($L)", copier.copier(), source);
    }
    if (strategy instanceof CopyStrategy.CallDeepCopyMethod) {
      return CodeBlock.of("$L == null ? null : $L.deepCopy()", source, source);
    }
    if (strategy instanceof CopyStrategy.CloneValue value) {
      return CodeBlock.of("$L == null ? null : ($T) $L.clone()", source, value.type(), source);
    }
    if (strategy instanceof CopyStrategy.CopyArray array && array.clonesWhole()) {
      return CodeBlock.of("$L == null ? null : $L.clone()", source, source);
    }
    if (strategy instanceof CopyStrategy.CopyCollection collection
        && collection.element() instanceof CopyStrategy.Share) {
      return CodeBlock.of("$L == null ? null : new $T<>($L)", source, collection.implementation(), source);
    }
    if (strategy instanceof CopyStrategy.CopyMap map && map.value() instanceof CopyStrategy.Share) {
      return CodeBlock.of("$L == null ? null : new $T<>($L)", source, map.implementation(), source);
    }
    return CodeBlock.of("$N($L)", helperFor(strategy), source);
  }

  /** Whether {@link #expression} names its source twice (a null check, then the copy). */
  private static boolean readsSourceTwice(CopyStrategy strategy) {
    return !(strategy instanceof CopyStrategy.Share)
        && !(strategy instanceof CopyStrategy.UseCopier)
        && !needsHelper(strategy);
  }

  private static boolean needsHelper(CopyStrategy strategy) {
    if (strategy instanceof CopyStrategy.CopyArray array) {
      return !array.clonesWhole();
    }
    if (strategy instanceof CopyStrategy.CopyCollection collection) {
      return !(collection.element() instanceof CopyStrategy.Share);
    }
    if (strategy instanceof CopyStrategy.CopyMap map) {
      return !(map.value() instanceof CopyStrategy.Share);
    }
    return false;
  }

  private String helperFor(CopyStrategy strategy) {
    String existing = helperNames.get(strategy);
    if (existing != null) {
      return existing;
    }
    TypeName type = helperType(strategy);
    String name = names.newName(type);
    helperNames.put(strategy, name);
    // Reserve the slot first so that a helper precedes the helpers it calls.
    int slot = helpers.size();
    helpers.add(null);
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    if (strategy instanceof CopyStrategy.CopyArray array) {
      arrayBody(body, array);
    } else if (strategy instanceof CopyStrategy.CopyCollection collection) {
      collectionBody(body, collection);
    } else {
      mapBody(body, (CopyStrategy.CopyMap) strategy);
    }
    body.addStatement("return out");
    helpers.set(
        slot,
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type)
            .addParameter(type, "in")
            .addCode(body.build())
            .build());
    return name;
  }

  private static TypeName helperType(CopyStrategy strategy) {
    if (strategy instanceof CopyStrategy.CopyArray array) {
      return array.arrayType();
    }
    if (strategy instanceof CopyStrategy.CopyCollection collection) {
      return collection.collectionType();
    }
    return ((CopyStrategy.CopyMap) strategy).mapType();
  }

  private void arrayBody(CodeBlock.Builder body, CopyStrategy.CopyArray array) {
    // new Foo[in.length][] for a Foo[][]: the length goes on the outermost dimension.
    TypeName innermost = array.componentType();
    StringBuilder dimensions = new StringBuilder();
    while (innermost instanceof ArrayTypeName nested) {
      dimensions.append("[]");
      innermost = nested.componentType();
    }
    body.addStatement("$T out = new $T[in.length]$L", array.arrayType(), innermost, dimensions);
    body.beginControlFlow("for (int i = 0; i < in.length; i++)");
    CodeBlock copy = copyOf(body, new NameAllocator(), "element", array.component(),
        array.componentType(), CodeBlock.of("in[i]"), false);
    body.addStatement("out[i] = $L", copy);
    body.endControlFlow();
  }

  private void collectionBody(CodeBlock.Builder body, CopyStrategy.CopyCollection collection) {
    body.addStatement(
        "$T out = new $T<>($L)",
        collection.collectionType(),
        collection.implementation(),
        collection.hashed() ? "(int) Math.ceil(in.size() / 0.75)" : "in.size()");
    if (collection.indexed()) {
      // Index a RandomAccess list instead of allocating an iterator for it.
      body.beginControlFlow("if (in instanceof $T)", RandomAccess.class);
      body.beginControlFlow("for (int i = 0, size = in.size(); i < size; i++)");
      CodeBlock copy = copyOf(body, new NameAllocator(), "element", collection.element(),
          collection.elementType(), CodeBlock.of("in.get(i)"), false);
      body.addStatement("out.add($L)", copy);
      body.endControlFlow();
      body.nextControlFlow("else");
    }
    body.beginControlFlow("for ($T element : in)", collection.elementType());
    body.addStatement("out.add($L)", expression(collection.element(), CodeBlock.of("element")));
    body.endControlFlow();
    if (collection.indexed()) {
      body.endControlFlow();
    }
  }

  private void mapBody(CodeBlock.Builder body, CopyStrategy.CopyMap map) {
    body.addStatement(
        "$T out = new $T<>((int) Math.ceil(in.size() / 0.75))", map.mapType(), map.implementation());
    body.beginControlFlow(
        "for ($T entry : in.entrySet())",
        ParameterizedTypeName.get(MAP_ENTRY, map.keyType(), map.valueType()));
    CodeBlock copy = copyOf(body, new NameAllocator(), "value", map.value(), map.valueType(),
        CodeBlock.of("entry.getValue()"), false);
    body.addStatement("out.put(entry.getKey(), $L)", copy);
    body.endControlFlow();
  }
}
