package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.diagnostics.CopyFailure;
import io.github.deepcopygen.processor.model.CollectionCreation;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.RandomAccess;

/** The statements of the helpers that loop: over an array, a collection, a map. */
final class LoopBodies {
  /** {@code java.util.Map.Entry}, for the loops over a map's entries. */
  static final ClassName MAP_ENTRY = ClassName.get("java.util", "Map", "Entry");

  private final ValueCopies code;
  private final Rendering rendering;

  LoopBodies(ValueCopies code) {
    this.code = code;
    this.rendering = code.rendering();
  }

  void array(CodeBlock.Builder body, CopyStrategy.CopyArray array) {
    if (array.clonesWhole() && rendering.helperForClonedArray()) {
      // Only a graph copy needs a helper for this: to copy the array once.
      rendering.returnNew(body, array.arrayType(), CodeBlock.of("in.clone()"));
      return;
    }
    // new Foo[in.length][] for a Foo[][]: the length goes on the outermost dimension.
    TypeName innermost = array.componentType();
    StringBuilder dimensions = new StringBuilder();
    while (innermost instanceof ArrayTypeName nested) {
      dimensions.append("[]");
      innermost = nested.componentType();
    }
    body.addStatement(
        "$T out = new $T[in.length]$L",
        array.arrayType(),
        NewCollections.raw(innermost),
        dimensions);
    rendering.register(body);
    body.beginControlFlow("for (int i = 0; i < in.length; i++)");
    CodeBlock copy =
        code.copyOf(
            body,
            loopLocals(),
            "element",
            array.component(),
            array.componentType(),
            CodeBlock.of("in[i]"),
            false);
    body.addStatement("out[i] = $L", copy);
    body.endControlFlow();
    body.addStatement("return out");
  }

  void collection(CodeBlock.Builder body, CopyStrategy.CopyCollection collection) {
    if (collection.exactClass()) {
      exactClassCheck(body, collection.collectionType(), collection.creation());
    }
    CodeBlock whole =
        NewCollections.copyConstructor(
            collection.creation(), collection.implementation(), CodeBlock.of("in"));
    if (collection.element() instanceof CopyStrategy.Share && whole != null) {
      rendering.returnNew(body, collection.collectionType(), whole);
      return;
    }
    body.addStatement(
        "$T out = $L",
        collection.collectionType(),
        NewCollections.empty(collection.creation(), collection.implementation()));
    rendering.register(body);
    if (collection.indexed()) {
      // Index a RandomAccess list instead of allocating an iterator for it.
      body.beginControlFlow("if (in instanceof $T)", RandomAccess.class);
      body.beginControlFlow("for (int i = 0, size = in.size(); i < size; i++)");
      CodeBlock copy =
          code.copyOf(
              body,
              loopLocals(),
              "element",
              collection.element(),
              collection.elementType(),
              CodeBlock.of("in.get(i)"),
              false);
      body.addStatement("out.add($L)", copy);
      body.endControlFlow();
      body.nextControlFlow("else");
    }
    body.beginControlFlow("for ($T element : in)", collection.elementType());
    body.addStatement(
        "out.add($L)",
        code.expression(
            collection.element(), CodeBlock.of("element"), collection.elementType(), loopLocals()));
    body.endControlFlow();
    if (collection.indexed()) {
      body.endControlFlow();
    }
    body.addStatement("return out");
  }

  void map(CodeBlock.Builder body, CopyStrategy.CopyMap map) {
    if (map.exactClass()) {
      exactClassCheck(body, map.mapType(), map.creation());
    }
    CodeBlock whole =
        NewCollections.copyConstructor(map.creation(), map.implementation(), CodeBlock.of("in"));
    if (map.value() instanceof CopyStrategy.Share && whole != null) {
      rendering.returnNew(body, map.mapType(), whole);
      return;
    }
    TypeName entry = ParameterizedTypeName.get(MAP_ENTRY, map.keyType(), map.valueType());
    // An EnumMap can only be created from another (it needs the key class): copy it, then replace
    // each value with its copy.
    boolean inPlace = map.creation() == CollectionCreation.ENUM;
    body.addStatement(
        "$T out = $L",
        map.mapType(),
        inPlace ? whole : NewCollections.empty(map.creation(), map.implementation()));
    rendering.register(body);
    body.beginControlFlow("for ($T entry : $N.entrySet())", entry, inPlace ? "out" : "in");
    CodeBlock copy =
        code.copyOf(
            body,
            loopLocals(),
            "value",
            map.value(),
            map.valueType(),
            CodeBlock.of("entry.getValue()"),
            false);
    body.addStatement(inPlace ? "entry.setValue($L)" : "out.put(entry.getKey(), $L)", copy);
    body.endControlFlow();
    body.addStatement("return out");
  }

  /** A subclass of a concrete collection class would come back as its superclass: refuse it. */
  private void exactClassCheck(CodeBlock.Builder body, TypeName type, CollectionCreation creation) {
    TypeName raw = NewCollections.raw(type);
    body.beginControlFlow("if (in.getClass() != $T.class)", raw);
    CopyFailure failure =
        code.libraryCopier().isPresent()
            ? CopyFailure.LIBRARY_COLLECTION_SUBCLASS
            : creation == CollectionCreation.NO_ARG
                ? CopyFailure.OWN_COLLECTION_SUBCLASS
                : CopyFailure.COLLECTION_SUBCLASS;
    body.addStatement(
        "throw new $T($S + in.getClass().getName() + $S)",
        IllegalArgumentException.class,
        failure.before(code.copierName()),
        failure.after(raw, code.libraryCopier().orElse(raw.toString())));
    body.endControlFlow();
  }

  /**
   * Names for the locals of one loop body; {@code element} is free there, as only the other branch
   * has it.
   */
  private NameAllocator loopLocals() {
    return rendering.helperLocals();
  }
}
