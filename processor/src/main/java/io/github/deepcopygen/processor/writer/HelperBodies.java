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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.RandomAccess;

/** The statements of each kind of helper method: loops over arrays, collections and maps, optionals, records, sealed dispatch. */
final class HelperBodies {
  private static final ClassName MAP_ENTRY = ClassName.get("java.util", "Map", "Entry");
  /** The immutable leaves of a JSON tree; other Number classes (AtomicLong, LongAdder) are mutable. */
  private static final List<Class<?>> JSON_SCALARS = List.of(String.class, Boolean.class,
      Integer.class, Long.class, Double.class, Float.class, Short.class, Byte.class,
      BigInteger.class, BigDecimal.class);

  private final CopyCode code;

  HelperBodies(CopyCode code) {
    this.code = code;
  }

  /** A new collection holding the same elements, or null when the class has no such constructor. */
  static CodeBlock copyConstructor(CollectionCreation construction, TypeName implementation, CodeBlock source) {
    if (construction == CollectionCreation.NO_ARG) {
      return null;
    }
    if (construction == CollectionCreation.ENUM) {
      return implementation.equals(ClassName.get(EnumSet.class))
          ? CodeBlock.of("$T.copyOf($L)", EnumSet.class, source)
          : CodeBlock.of("new $T<>($L)", EnumMap.class, source);
    }
    return CodeBlock.of("new $T<>($L)", implementation, source);
  }

  /** The body of the helper {@code name}, whose parameter is {@code in}, of {@code type}. */
  CodeBlock of(CopyStrategy strategy, String name, TypeName type) {
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    if (code.isGraph() && !(strategy instanceof CopyStrategy.Dispatch)) {
      // Reached before in this graph copy: the same copy again, so sharing and cycles survive.
      body.add(code.utilities().returnSeen(type));
    }
    NameAllocator locals = reserved("element");
    strategy.accept(new HelperBody(this, code, body, name, type, locals));
    return body.build();
  }

  /**
   * Registers {@code out} as the copy of {@code in} in a graph copy, before its parts are copied: a part
   * that leads back to {@code in} then finds it.
   */
  private void register(CodeBlock.Builder body) {
    if (code.isGraph()) {
      body.addStatement("copies.put(in, out)");
    }
  }

  /** {@code return value}, or in a graph copy the copy to keep of a value built from its copied parts. */
  void returnBuilt(CodeBlock.Builder body, CodeBlock value) {
    if (code.isGraph()) {
      body.add(code.utilities().returnKept(value));
    } else {
      body.addStatement("return $L", value);
    }
  }

  void array(CodeBlock.Builder body, CopyStrategy.CopyArray array) {
    if (array.clonesWhole() && code.isGraph()) {
      // Only a graph copy needs a helper for this: to copy the array once.
      body.addStatement("$T out = in.clone()", array.arrayType());
      register(body);
      body.addStatement("return out");
      return;
    }
    // new Foo[in.length][] for a Foo[][]: the length goes on the outermost dimension.
    TypeName innermost = array.componentType();
    StringBuilder dimensions = new StringBuilder();
    while (innermost instanceof ArrayTypeName nested) {
      dimensions.append("[]");
      innermost = nested.componentType();
    }
    body.addStatement("$T out = new $T[in.length]$L", array.arrayType(), raw(innermost), dimensions);
    register(body);
    body.beginControlFlow("for (int i = 0; i < in.length; i++)");
    CodeBlock copy = code.copyOf(body, loopLocals(), "element", array.component(),
        array.componentType(), CodeBlock.of("in[i]"), false);
    body.addStatement("out[i] = $L", copy);
    body.endControlFlow();
    body.addStatement("return out");
  }

  void collection(CodeBlock.Builder body, CopyStrategy.CopyCollection collection) {
    if (collection.exactClass()) {
      exactClassCheck(body, collection.collectionType(), collection.creation());
    }
    CodeBlock whole = copyConstructor(collection.creation(), collection.implementation(),
        CodeBlock.of("in"));
    if (collection.element() instanceof CopyStrategy.Share && whole != null) {
      returnWhole(body, collection.collectionType(), whole);
      return;
    }
    body.addStatement("$T out = $L", collection.collectionType(),
        construct(collection.creation(), collection.implementation()));
    register(body);
    if (collection.indexed()) {
      // Index a RandomAccess list instead of allocating an iterator for it.
      body.beginControlFlow("if (in instanceof $T)", RandomAccess.class);
      body.beginControlFlow("for (int i = 0, size = in.size(); i < size; i++)");
      CodeBlock copy = code.copyOf(body, loopLocals(), "element", collection.element(),
          collection.elementType(), CodeBlock.of("in.get(i)"), false);
      body.addStatement("out.add($L)", copy);
      body.endControlFlow();
      body.nextControlFlow("else");
    }
    body.beginControlFlow("for ($T element : in)", collection.elementType());
    body.addStatement("out.add($L)",
        code.expression(collection.element(), CodeBlock.of("element"), collection.elementType(), loopLocals()));
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
    CodeBlock whole = copyConstructor(map.creation(), map.implementation(), CodeBlock.of("in"));
    if (map.value() instanceof CopyStrategy.Share && whole != null) {
      returnWhole(body, map.mapType(), whole);
      return;
    }
    TypeName entry = ParameterizedTypeName.get(MAP_ENTRY, map.keyType(), map.valueType());
    if (map.creation() == CollectionCreation.ENUM) {
      // An EnumMap can only be created from another (it needs the key class): copy it, then replace
      // each value with its copy.
      body.addStatement("$T out = $L", map.mapType(), whole);
      register(body);
      body.beginControlFlow("for ($T entry : out.entrySet())", entry);
      CodeBlock copy = code.copyOf(body, loopLocals(), "value", map.value(), map.valueType(),
          CodeBlock.of("entry.getValue()"), false);
      body.addStatement("entry.setValue($L)", copy);
    } else {
      body.addStatement("$T out = $L", map.mapType(), construct(map.creation(), map.implementation()));
      register(body);
      body.beginControlFlow("for ($T entry : in.entrySet())", entry);
      CodeBlock copy = code.copyOf(body, loopLocals(), "value", map.value(), map.valueType(),
          CodeBlock.of("entry.getValue()"), false);
      body.addStatement("out.put(entry.getKey(), $L)", copy);
    }
    body.endControlFlow();
    body.addStatement("return out");
  }

  void record(CodeBlock.Builder body, CopyStrategy.RebuildRecord record, NameAllocator locals) {
    if (record.exactClass()) {
      // A subclass's own fields would be lost in the rebuild: refuse it instead.
      TypeName raw = raw(record.recordType());
      String simple = raw instanceof ClassName name ? name.simpleName() : raw.toString();
      CopyFailure failure = CopyFailure.VALUE_CLASS_SUBCLASS;
      body.beginControlFlow("if (in.getClass() != $T.class)", raw);
      body.addStatement("throw new $T($S + in.getClass().getName() + $S)", IllegalArgumentException.class,
          failure.before(code.copierName()), failure.after(raw, simple, simple));
      body.endControlFlow();
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (CopyStrategy.Component component : record.components()) {
      CodeBlock read = component.method()
          ? CodeBlock.of("in.$N()", component.accessor())
          : CodeBlock.of("in.$N", component.accessor());
      arguments.add(code.copyOf(body, locals, component.name(), component.strategy(),
          component.type(), read, false));
    }
    returnBuilt(body, CodeBlock.of("new $L($L)", instantiation(record.recordType()),
        CodeBlock.join(arguments, ",$W")));
  }

  void dispatch(CodeBlock.Builder body, CopyStrategy.Dispatch dispatch, NameAllocator locals) {
    for (CopyStrategy.Case c : dispatch.cases()) {
      String simple = c.raw().simpleName();
      String variable = locals.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
      body.beginControlFlow("if (in instanceof $T $N)", c.type(), variable);
      body.addStatement("return $L",
          code.nonNullCopyOf(c.strategy(), CodeBlock.of("$N", variable), c.type(), locals));
      body.endControlFlow();
    }
    CopyFailure failure = CopyFailure.UNPERMITTED_SUBTYPE;
    body.addStatement("throw new $T($S + in.getClass().getName() + $S)", IllegalArgumentException.class,
        failure.before(code.copierName()), failure.after(raw(dispatch.type())));
  }


  /** A new collection or map of the same, shared elements: in a graph copy, registered first. */
  private void returnWhole(CodeBlock.Builder body, TypeName type, CodeBlock whole) {
    if (code.isGraph()) {
      body.addStatement("$T out = $L", type, whole);
      register(body);
      body.addStatement("return out");
    } else {
      body.addStatement("return $L", whole);
    }
  }

  /** A subclass of a concrete collection class would come back as its superclass: refuse it. */
  private void exactClassCheck(CodeBlock.Builder body, TypeName type, CollectionCreation construction) {
    TypeName raw = raw(type);
    body.beginControlFlow("if (in.getClass() != $T.class)", raw);
    CopyFailure failure = code.libraryCopier().isPresent()
        ? CopyFailure.LIBRARY_COLLECTION_SUBCLASS
        : construction == CollectionCreation.NO_ARG
            ? CopyFailure.OWN_COLLECTION_SUBCLASS
            : CopyFailure.COLLECTION_SUBCLASS;
    body.addStatement("throw new $T($S + in.getClass().getName() + $S)", IllegalArgumentException.class,
        failure.before(code.copierName()), failure.after(raw, code.libraryCopier().orElse(raw.toString())));
    body.endControlFlow();
  }


  private static CodeBlock construct(CollectionCreation construction, TypeName implementation) {
    return switch (construction) {
      case PRESIZED -> CodeBlock.of("new $T<>(in.size())", implementation);
      case HASHED -> CodeBlock.of("new $T<>((int) Math.ceil(in.size() / 0.75))", implementation);
      case SORTED -> CodeBlock.of("new $T<>(in.comparator())", implementation);
      case UNSIZED -> CodeBlock.of("new $T<>()", implementation);
      case NO_ARG -> CodeBlock.of("new $T()", implementation);
      // An EnumSet of copied elements: its enum constants, which the copies are, come along.
      case ENUM -> CodeBlock.of("$T.copyOf(in)", EnumSet.class);
    };
  }


  /** {@code Foo} or {@code Pair<>}, for a {@code new} expression. */
  static CodeBlock instantiation(TypeName type) {
    return type instanceof ParameterizedTypeName p
        ? CodeBlock.of("$T<>", p.rawType())
        : CodeBlock.of("$T", type);
  }

  private static TypeName raw(TypeName type) {
    return type instanceof ParameterizedTypeName p ? p.rawType() : type;
  }

  /** Names for the locals of one loop body; {@code element} is free there, as only the other branch has it. */
  private NameAllocator loopLocals() {
    return reserved();
  }

  /** Names taken by a helper's parameters and loops, and in a graph copy by its map and lookup. */
  private NameAllocator reserved(String... more) {
    NameAllocator locals = new NameAllocator();
    for (String name : List.of("in", "out", "i", "size", "entry")) {
      locals.newName(name);
    }
    for (String name : more) {
      locals.newName(name);
    }
    if (code.isGraph()) {
      locals.newName("copies");
      locals.newName("seen");
    }
    return locals;
  }
}
