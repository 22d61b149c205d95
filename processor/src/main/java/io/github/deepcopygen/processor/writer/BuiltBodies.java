package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.diagnostics.CopyFailure;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of the helpers that build their copy from copied parts (an optional, a record or a
 * class of final fields) or hand it to a subtype's copy (a sealed type).
 */
final class BuiltBodies {
  private final ValueCopies code;
  private final Rendering rendering;

  BuiltBodies(ValueCopies code) {
    this.code = code;
    this.rendering = code.rendering();
  }

  void optional(CodeBlock.Builder body, CopyStrategy.CopyOptional optional, NameAllocator locals) {
    body.beginControlFlow("if (in.isEmpty())")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow();
    rendering.returnBuilt(
        body,
        CodeBlock.of(
            "$T.of($L)",
            Optional.class,
            code.nonNullCopyOf(
                optional.value(), CodeBlock.of("in.get()"), optional.valueType(), locals)));
  }

  void record(CodeBlock.Builder body, CopyStrategy.RebuildRecord record, NameAllocator locals) {
    if (record.exactClass()) {
      // A subclass's own fields would be lost in the rebuild: refuse it instead.
      TypeName raw = NewCollections.raw(record.recordType());
      String simple = raw instanceof ClassName name ? name.simpleName() : raw.toString();
      CopyFailure failure = CopyFailure.VALUE_CLASS_SUBCLASS;
      body.beginControlFlow("if (in.getClass() != $T.class)", raw);
      body.addStatement(
          "throw new $T($S + in.getClass().getName() + $S)",
          IllegalArgumentException.class,
          failure.before(code.copierName()),
          failure.after(raw, simple, simple));
      body.endControlFlow();
    }
    rendering.returnBuilt(
        body,
        constructorCall(body, record.recordType(), record.components(), Optional.empty(), locals));
  }

  /**
   * {@code new Foo(copy of in.a(), copy of in.b)}: the constructor of {@code type} called with a
   * copy of each component, read as the component says; locals the copies need are declared in
   * {@code body}.
   */
  CodeBlock constructorCall(
      CodeBlock.Builder body,
      TypeName type,
      List<CopyStrategy.Component> components,
      Optional<String> factory,
      NameAllocator locals) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (CopyStrategy.Component component : components) {
      CodeBlock read =
          component.method()
              ? CodeBlock.of("in.$N()", component.accessor())
              : CodeBlock.of("in.$N", component.accessor());
      arguments.add(
          code.copyOf(
              body, locals, component.name(), component.strategy(), component.type(), read, false));
    }
    if (factory.isPresent()) {
      return CodeBlock.of("$T.$N($L)", type, factory.get(), CodeBlock.join(arguments, ",$W"));
    }
    return CodeBlock.of(
        "new $L($L)", NewCollections.instantiation(type), CodeBlock.join(arguments, ",$W"));
  }

  void dispatch(CodeBlock.Builder body, CopyStrategy.Dispatch dispatch, NameAllocator locals) {
    cases(body, dispatch.cases(), locals);
    if (dispatch.otherwise().isPresent()) {
      body.addStatement(
          "return $L",
          code.nonNullCopyOf(
              dispatch.otherwise().get(), CodeBlock.of("in"), dispatch.type(), locals));
      return;
    }
    CopyFailure failure =
        dispatch.sealed()
            ? CopyFailure.UNPERMITTED_SUBTYPE
            : CopyFailure.UNINCLUDED_LIBRARY_SUBCLASS;
    body.addStatement(
        "throw new $T($S + in.getClass().getName() + $S)",
        IllegalArgumentException.class,
        failure.before(code.copierName()),
        failure.after(NewCollections.raw(dispatch.type())));
  }

  /** {@code if (in instanceof Sub sub) return copy of sub;} for each case, most specific first. */
  void cases(CodeBlock.Builder body, List<CopyStrategy.Case> cases, NameAllocator locals) {
    for (CopyStrategy.Case c : cases) {
      String simple = c.raw().simpleName();
      String variable =
          locals.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
      body.beginControlFlow("if (in instanceof $T $N)", c.type(), variable);
      body.addStatement(
          "return $L",
          code.nonNullCopyOf(c.strategy(), CodeBlock.of("$N", variable), c.type(), locals));
      body.endControlFlow();
    }
  }
}
