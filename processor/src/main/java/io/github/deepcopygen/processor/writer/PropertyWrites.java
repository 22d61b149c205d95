package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
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
        .fold(direct -> direct(field, direct), bean -> bean(field, bean), any -> any(field, any));
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

  /** {@code out.setName(copy of in.getName())}. */
  private Void bean(FieldCopy field, FieldAccess.Bean bean) {
    CodeBlock read = CodeBlock.of("in.$N()", bean.getter());
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
    String entry = locals.newName("entry");
    body.beginControlFlow(
        "for ($T $N : $N.entrySet())",
        ParameterizedTypeName.get(LoopBodies.MAP_ENTRY, map.keyType(), map.valueType()),
        entry,
        entries);
    CodeBlock value =
        code.copyOf(
            body,
            locals,
            "value",
            map.value(),
            map.valueType(),
            CodeBlock.of("$N.getValue()", entry),
            false);
    body.addStatement("out.$N($N.getKey(), $L)", any.setter(), entry, value);
    body.endControlFlow().endControlFlow();
    return null;
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
