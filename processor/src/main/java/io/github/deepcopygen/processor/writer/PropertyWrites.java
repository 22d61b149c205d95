package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import io.github.deepcopygen.processor.diagnostics.CopyFailure;
import io.github.deepcopygen.processor.model.CopyStrategy;
import io.github.deepcopygen.processor.model.FieldAccess;
import io.github.deepcopygen.processor.model.FieldCopy;

/** The statements of {@code deepCopyInto} that copy one property of {@code in} into {@code out}. */
final class PropertyWrites {

  private final ValueCopies code;
  private final CodeBlock.Builder body;
  private final NameAllocator locals;

  PropertyWrites(ValueCopies code, CodeBlock.Builder body, NameAllocator locals) {
    this.code = code;
    this.body = body;
    this.locals = locals;
  }

  void write(FieldCopy field) {
    field
        .access()
        .fold(
            direct -> direct(field, direct),
            bean -> bean(field, bean),
            any -> any(field, any),
            filled -> filled(field, filled));
  }

  /** {@code out.name = copy of in.name}. */
  private Void direct(FieldCopy field, FieldAccess.Direct direct) {
    CodeBlock read = CodeBlock.of("$L.$N", viewed("in", direct), direct.field());
    body.addStatement(
        "$L.$N = $L",
        viewed("out", direct),
        direct.field(),
        code.copyOf(body, locals, field.name(), field.strategy(), field.type(), read, true));
    return null;
  }

  /**
   * {@code out.setName(copy of in.getName())}; for a setter that takes a primitive, only a value
   * that is not {@code null}.
   */
  private Void bean(FieldCopy field, FieldAccess.Bean bean) {
    CodeBlock read = CodeBlock.of("in.$N()", bean.getter());
    if (bean.nullSkipped()) {
      String value = locals.newName(field.name());
      body.addStatement("$T $N = $L", field.type(), value, read);
      // The setter takes a primitive: null cannot be written, and a target that holds a value
      // would keep it, so that copy is refused rather than left stale.
      String copied = code.libraryCopier().orElse("");
      body.beginControlFlow("if ($N != null)", value)
          .addStatement("out.$N($N)", bean.setter(), value)
          .nextControlFlow("else if (out.$N() != null)", bean.getter());
      refuse(CopyFailure.NULL_PRIMITIVE_SETTER, field, copied, bean.setter(), copied);
      body.endControlFlow();
      return null;
    }
    body.addStatement(
        "out.$N($L)",
        bean.setter(),
        code.copyOf(body, locals, field.name(), field.strategy(), field.type(), read, false));
    return null;
  }

  /**
   * {@code out}'s own map entries cleared, then each of {@code in}'s put through the setter with
   * its value copied. Analysis copies such a property only when its type is a map of string keys.
   */
  private Void any(FieldCopy field, FieldAccess.AnyProperties any) {
    CopyStrategy.CopyMap map = (CopyStrategy.CopyMap) field.strategy();
    String stale = locals.newName("stale");
    body.addStatement("$T $N = out.$N()", field.type(), stale, any.getter());
    body.beginControlFlow("if ($N != null && !$N.isEmpty())", stale, stale)
        .addStatement("$N.clear()", stale)
        .endControlFlow();
    String entries = locals.newName(field.name());
    body.addStatement("$T $N = in.$N()", field.type(), entries, any.getter());
    body.beginControlFlow("if ($N != null)", entries);
    copyEntries(map, entries, CodeBlock.of("out.$N", any.setter()));
    body.endControlFlow();
    return null;
  }

  /**
   * {@code out}'s elements (or those of the collection {@code out}'s getter returns) cleared, then
   * each of {@code in}'s added with its value copied. Analysis gives such a property the collection
   * or map type it is filled as, whose strategy copies the elements.
   */
  private Void filled(FieldCopy field, FieldAccess.Filled filled) {
    if (filled.getter().isEmpty()) {
      // The copied object is the collection: in and out are its elements, neither null.
      body.addStatement("out.clear()");
      fill(field, "in", "out");
      return null;
    }
    String getter = filled.getter().get();
    String source = locals.newName(field.name());
    String target = locals.newName("target");
    body.addStatement("$T $N = in.$N()", field.type(), source, getter);
    body.addStatement("$T $N = out.$N()", field.type(), target, getter);
    String copied = code.libraryCopier().orElse("");
    body.beginControlFlow("if ($N == null)", target)
        .beginControlFlow("if ($N != null && !$N.isEmpty())", source, source);
    refuse(CopyFailure.NULL_FILLED_PROPERTY, field, copied, copied);
    body.endControlFlow()
        .nextControlFlow("else")
        .addStatement("$N.clear()", target)
        .beginControlFlow("if ($N != null)", source);
    fill(field, source, target);
    body.endControlFlow().endControlFlow();
    return null;
  }

  /** A property the copy cannot write as the source has it: refused, never left stale. */
  private void refuse(CopyFailure failure, FieldCopy field, Object... after) {
    body.addStatement(
        "throw new $T($S)",
        IllegalStateException.class,
        failure.before(code.copierName()) + field.name() + failure.after(after));
  }

  /** Each element of {@code source} added to {@code target}, copied. */
  private void fill(FieldCopy field, String source, String target) {
    if (field.strategy() instanceof CopyStrategy.CopyMap map) {
      copyEntries(map, source, CodeBlock.of("$N.put", target));
      return;
    }
    CopyStrategy.CopyCollection collection = (CopyStrategy.CopyCollection) field.strategy();
    String element = locals.newName("element");
    body.beginControlFlow("for ($T $N : $N)", collection.elementType(), element, source);
    CodeBlock value =
        code.copyOf(
            body,
            locals,
            "value",
            collection.element(),
            collection.elementType(),
            CodeBlock.of("$N", element),
            false);
    body.addStatement("$N.add($L)", target, value);
    body.endControlFlow();
  }

  /** Each entry of the map {@code source}, its value copied, given with its key to {@code put}. */
  private void copyEntries(CopyStrategy.CopyMap map, String source, CodeBlock put) {
    String entry = locals.newName("entry");
    body.beginControlFlow(
        "for ($T $N : $N.entrySet())",
        ParameterizedTypeName.get(LoopBodies.MAP_ENTRY, map.keyType(), map.valueType()),
        entry,
        source);
    CodeBlock value =
        code.copyOf(
            body,
            locals,
            "value",
            map.value(),
            map.valueType(),
            CodeBlock.of("$N.getValue()", entry),
            false);
    body.addStatement("$L($N.getKey(), $L)", put, entry, value);
    body.endControlFlow();
  }

  /**
   * {@code in}, or {@code ((Base) in)} for a field that a subclass field of the same name hides.
   */
  private static CodeBlock viewed(String variable, FieldAccess.Direct direct) {
    return direct.declaringClass().isPresent()
        ? CodeBlock.of("(($T) $N)", direct.declaringClass().get(), variable)
        : CodeBlock.of("$N", variable);
  }
}
