package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import io.github.deepcopygen.processor.model.CopyStrategy.Construction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** The type a helper for {@code strategy} takes and returns. */
  static TypeName typeOf(CopyStrategy strategy) {
    if (strategy instanceof CopyStrategy.CopyArray array) {
      return array.arrayType();
    }
    if (strategy instanceof CopyStrategy.CopyCollection collection) {
      return collection.collectionType();
    }
    if (strategy instanceof CopyStrategy.CopyMap map) {
      return map.mapType();
    }
    if (strategy instanceof CopyStrategy.CopyOptional optional) {
      return optional.optionalType();
    }
    if (strategy instanceof CopyStrategy.RebuildRecord record) {
      return record.recordType();
    }
    if (strategy instanceof CopyStrategy.Dispatch dispatch) {
      return dispatch.type();
    }
    if (strategy instanceof CopyStrategy.CopyJsonTree) {
      return ClassName.OBJECT;
    }
    throw new IllegalArgumentException("no intrinsic type: " + strategy);
  }

  /** A new collection holding the same elements, or null when the class has no such constructor. */
  static CodeBlock copyConstructor(Construction construction, TypeName implementation, CodeBlock source) {
    if (construction == Construction.NO_ARG) {
      return null;
    }
    if (construction == Construction.ENUM) {
      return implementation.equals(ClassName.get(EnumSet.class))
          ? CodeBlock.of("$T.copyOf($L)", EnumSet.class, source)
          : CodeBlock.of("new $T<>($L)", EnumMap.class, source);
    }
    return CodeBlock.of("new $T<>($L)", implementation, source);
  }

  /** The body of the helper {@code name}, whose parameter is {@code in}. */
  CodeBlock of(CopyStrategy strategy, String name) {
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("in", "out", "i", "size", "element", "entry")) {
      locals.newName(reserved);
    }
    if (strategy instanceof CopyStrategy.CopyArray array) {
      array(body, array);
    } else if (strategy instanceof CopyStrategy.CopyCollection collection) {
      collection(body, collection, name);
    } else if (strategy instanceof CopyStrategy.CopyMap map) {
      map(body, map, name);
    } else if (strategy instanceof CopyStrategy.CopyOptional optional) {
      body.beginControlFlow("if (in.isEmpty())")
          .addStatement("return $T.empty()", Optional.class)
          .endControlFlow();
      body.addStatement("return $T.of($L)", Optional.class,
          code.nonNullCopyOf(optional.value(), CodeBlock.of("in.get()"), locals));
    } else if (strategy instanceof CopyStrategy.RebuildRecord record) {
      record(body, record, locals);
    } else if (strategy instanceof CopyStrategy.Dispatch dispatch) {
      dispatch(body, dispatch, name, locals);
    } else if (strategy instanceof CopyStrategy.CopyJsonTree) {
      jsonTree(body, name);
    } else {
      // An operator passed to a generic copier, for a value that needs no loop of its own.
      body.addStatement("return $L", code.nonNullCopyOf(strategy, CodeBlock.of("in"), locals));
    }
    return body.build();
  }

  private void array(CodeBlock.Builder body, CopyStrategy.CopyArray array) {
    // new Foo[in.length][] for a Foo[][]: the length goes on the outermost dimension.
    TypeName innermost = array.componentType();
    StringBuilder dimensions = new StringBuilder();
    while (innermost instanceof ArrayTypeName nested) {
      dimensions.append("[]");
      innermost = nested.componentType();
    }
    body.addStatement("$T out = new $T[in.length]$L", array.arrayType(), raw(innermost), dimensions);
    body.beginControlFlow("for (int i = 0; i < in.length; i++)");
    CodeBlock copy = code.copyOf(body, loopLocals(), "element", array.component(),
        array.componentType(), CodeBlock.of("in[i]"), false);
    body.addStatement("out[i] = $L", copy);
    body.endControlFlow();
    body.addStatement("return out");
  }

  private void collection(CodeBlock.Builder body, CopyStrategy.CopyCollection collection, String name) {
    if (collection.exactClass()) {
      exactClassCheck(body, collection.collectionType(), name, collection.construction());
    }
    CodeBlock whole = copyConstructor(collection.construction(), collection.implementation(),
        CodeBlock.of("in"));
    if (collection.element() instanceof CopyStrategy.Share && whole != null) {
      body.addStatement("return $L", whole);
      return;
    }
    body.addStatement("$T out = $L", collection.collectionType(),
        construct(collection.construction(), collection.implementation()));
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
        code.expression(collection.element(), CodeBlock.of("element"), loopLocals()));
    body.endControlFlow();
    if (collection.indexed()) {
      body.endControlFlow();
    }
    body.addStatement("return out");
  }

  private void map(CodeBlock.Builder body, CopyStrategy.CopyMap map, String name) {
    if (map.exactClass()) {
      exactClassCheck(body, map.mapType(), name, map.construction());
    }
    CodeBlock whole = copyConstructor(map.construction(), map.implementation(), CodeBlock.of("in"));
    if (map.value() instanceof CopyStrategy.Share && whole != null) {
      body.addStatement("return $L", whole);
      return;
    }
    TypeName entry = ParameterizedTypeName.get(MAP_ENTRY, map.keyType(), map.valueType());
    if (map.construction() == Construction.ENUM) {
      // An EnumMap can only be created from another (it needs the key class): copy it, then replace
      // each value with its copy.
      body.addStatement("$T out = $L", map.mapType(), whole);
      body.beginControlFlow("for ($T entry : out.entrySet())", entry);
      CodeBlock copy = code.copyOf(body, loopLocals(), "value", map.value(), map.valueType(),
          CodeBlock.of("entry.getValue()"), false);
      body.addStatement("entry.setValue($L)", copy);
    } else {
      body.addStatement("$T out = $L", map.mapType(), construct(map.construction(), map.implementation()));
      body.beginControlFlow("for ($T entry : in.entrySet())", entry);
      CodeBlock copy = code.copyOf(body, loopLocals(), "value", map.value(), map.valueType(),
          CodeBlock.of("entry.getValue()"), false);
      body.addStatement("out.put(entry.getKey(), $L)", copy);
    }
    body.endControlFlow();
    body.addStatement("return out");
  }

  private void record(CodeBlock.Builder body, CopyStrategy.RebuildRecord record, NameAllocator locals) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (CopyStrategy.Component component : record.components()) {
      arguments.add(code.copyOf(body, locals, component.accessor(), component.strategy(),
          component.type(), CodeBlock.of("in.$N()", component.accessor()), false));
    }
    body.addStatement("return new $L($L)", instantiation(record.recordType()),
        CodeBlock.join(arguments, ",$W"));
  }

  private void dispatch(CodeBlock.Builder body, CopyStrategy.Dispatch dispatch, String name,
      NameAllocator locals) {
    for (CopyStrategy.Case c : dispatch.cases()) {
      String simple = c.raw().simpleName();
      String variable = locals.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
      body.beginControlFlow("if (in instanceof $T $N)", c.type(), variable);
      body.addStatement("return $L", code.nonNullCopyOf(c.strategy(), CodeBlock.of("$N", variable), locals));
      body.endControlFlow();
    }
    body.addStatement(
        "throw new $T($S + in.getClass().getName() + $S)",
        IllegalArgumentException.class,
        name + " cannot copy ",
        ": it is none of the permitted subtypes of " + raw(dispatch.type())
            + " that this copier was compiled with. Fix: recompile the copier.");
  }

  /**
   * A JSON value as Jackson reads one: scalars are immutable and shared, maps and lists are copied node
   * by node, and anything else is refused, since sharing it could be the silent shallow copy we never make.
   */
  private void jsonTree(CodeBlock.Builder body, String name) {
    CodeBlock scalar = CodeBlock.join(
        JSON_SCALARS.stream().map(type -> CodeBlock.of("in instanceof $T", type)).toList(),
        "$W|| ");
    body.beginControlFlow("if ($L)", scalar).addStatement("return in").endControlFlow();
    body.beginControlFlow("if (in instanceof $T<?, ?> map)", Map.class);
    body.addStatement("$T<$T, $T> out = new $T<>((int) Math.ceil(map.size() / 0.75))",
        Map.class, String.class, Object.class, LinkedHashMap.class);
    body.beginControlFlow("for ($T<?, ?> entry : map.entrySet())", MAP_ENTRY);
    body.beginControlFlow("if (!(entry.getKey() instanceof $T key))", String.class);
    body.addStatement("throw new $T($S + entry.getKey() + $S)", IllegalArgumentException.class,
        code.copierName() + " cannot copy the JSON object key ",
        ": JSON keys are strings. Fix: use string keys, or mark the field @DeepCopy.Shallow.");
    body.endControlFlow();
    body.addStatement("out.put(key, $N(entry.getValue()))", name);
    body.endControlFlow();
    body.addStatement("return out");
    body.endControlFlow();
    body.beginControlFlow("if (in instanceof $T<?> list)", List.class);
    body.addStatement("$T<$T> out = new $T<>(list.size())", List.class, Object.class, ArrayList.class);
    body.beginControlFlow("for ($T element : list)", Object.class);
    body.addStatement("out.add($N(element))", name);
    body.endControlFlow();
    body.addStatement("return out");
    body.endControlFlow();
    body.addStatement("throw new $T($S + in.getClass().getName() + $S)", IllegalArgumentException.class,
        code.copierName() + " cannot copy a ",
        " in a JSON tree, which holds only null, strings, booleans, numbers, maps with string keys"
            + " and lists. Fix: put JSON values in the field, or mark it @DeepCopy.Shallow.");
  }

  /** A subclass of a concrete collection class would come back as its superclass: refuse it. */
  private static void exactClassCheck(
      CodeBlock.Builder body, TypeName type, String name, Construction construction) {
    TypeName raw = raw(type);
    body.beginControlFlow("if (in.getClass() != $T.class)", raw);
    String fix = construction == Construction.NO_ARG
        ? "give " + raw + " a deepCopy() method that its subclasses override"
        : "declare the field with an interface (List, Set, Map, ...) or with the subclass";
    body.addStatement(
        "throw new $T($S + in.getClass().getName() + $S)",
        IllegalArgumentException.class,
        name + " cannot copy ",
        ", a subclass of " + raw + ": the copy would lose its class. Fix: " + fix + ".");
    body.endControlFlow();
  }

  private static CodeBlock construct(Construction construction, TypeName implementation) {
    switch (construction) {
      case PRESIZED:
        return CodeBlock.of("new $T<>(in.size())", implementation);
      case HASHED:
        return CodeBlock.of("new $T<>((int) Math.ceil(in.size() / 0.75))", implementation);
      case SORTED:
        return CodeBlock.of("new $T<>(in.comparator())", implementation);
      case UNSIZED:
        return CodeBlock.of("new $T<>()", implementation);
      case NO_ARG:
        return CodeBlock.of("new $T()", implementation);
      default:
        throw new IllegalArgumentException("built by copying: " + construction);
    }
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
  private static NameAllocator loopLocals() {
    NameAllocator locals = new NameAllocator();
    for (String reserved : List.of("in", "out", "i", "size", "entry")) {
      locals.newName(reserved);
    }
    return locals;
  }
}
