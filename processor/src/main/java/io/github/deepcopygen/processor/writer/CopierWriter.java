package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.deepcopygen.processor.diagnostics.CopyFailure;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.CopyStrategy;
import io.github.deepcopygen.processor.model.FieldAccess;
import io.github.deepcopygen.processor.model.FieldCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/** Renders a {@link CopyPlan} as the source of its copier class. It decides nothing the plan does not say. */
public final class CopierWriter {

  public JavaFile write(CopyPlan plan) {
    CopyCode code = new CopyCode(plan.copier(), plan.typeVariables(), plan.operators(),
        plan.library() ? java.util.Optional.of(plan.target().simpleName()) : java.util.Optional.empty());
    TypeSpec.Builder copier =
        TypeSpec.classBuilder(plan.copier())
            .addJavadoc("Deep copies of {@link $T}, written by deepcopy-gen.\n", plan.target())
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (plan.publicCopier()) {
      copier.addModifiers(Modifier.PUBLIC);
    }
    if (plan.generatedAnnotation()) {
      copier.addAnnotation(GeneratedMark.annotation());
    }
    switch (plan.shape()) {
      case CLASS:
        copier.addMethod(classDeepCopy(plan, code));
        copier.addMethod(deepCopyInto(plan, code));
        break;
      case ABSTRACT_CLASS:
        copier.addMethod(deepCopyInto(plan, code));
        break;
      case RECORD:
      case CONSTRUCTED:
        copier.addMethod(recordDeepCopy(plan, code));
        break;
    }
    copier.addMethods(code.helpers());
    return JavaFile.builder(plan.copier().packageName(), copier.build())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static MethodSpec classDeepCopy(CopyPlan plan, CopyCode code) {
    MethodSpec.Builder method = signature(plan, "deepCopy").returns(plan.targetType());
    method.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    NameAllocator locals = reservedLocals(plan);
    for (CopyStrategy.Case subclass : plan.subclasses()) {
      // Sealed: each permitted subclass has its own copy, which keeps its class and its own fields.
      String simple = subclass.raw().simpleName();
      String variable = locals.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
      method
          .beginControlFlow("if (in instanceof $T $N)", subclass.type(), variable)
          .addStatement("return $L",
              code.nonNullCopyOf(subclass.strategy(), CodeBlock.of("$N", variable), locals))
          .endControlFlow();
    }
    if (plan.exactClass() != CopyPlan.ExactClass.NONE) {
      // A subclass's own fields would be lost: refuse it instead of slicing silently.
      String target = plan.target().canonicalName();
      CopyFailure failure = plan.exactClass() == CopyPlan.ExactClass.SEALED
          ? CopyFailure.UNPERMITTED_SUBCLASS
          : plan.library() ? CopyFailure.LIBRARY_SUBCLASS : CopyFailure.SUBCLASS;
      method
          .beginControlFlow("if (in.getClass() != $T.class)", plan.target())
          .addStatement("throw new $T($S + in.getClass().getName() + $S)",
              IllegalArgumentException.class, failure.before(plan.copier().simpleName()),
              failure.after(target, plan.target().simpleName()))
          .endControlFlow();
    }
    return method
        .addStatement("$T out = new $L()", plan.targetType(), HelperBodies.instantiation(plan.targetType()))
        .addStatement("deepCopyInto(in, out$L)", operatorArguments(plan))
        .addStatement("return out")
        .build();
  }

  private static MethodSpec recordDeepCopy(CopyPlan plan, CopyCode code) {
    MethodSpec.Builder method = signature(plan, "deepCopy").returns(plan.targetType());
    method.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    if (plan.exactClass() == CopyPlan.ExactClass.OPEN) {
      // A subclass's own fields would be lost: refuse it instead of slicing silently.
      CopyFailure failure = plan.library() ? CopyFailure.LIBRARY_SUBCLASS : CopyFailure.SUBCLASS;
      method
          .beginControlFlow("if (in.getClass() != $T.class)", plan.target())
          .addStatement("throw new $T($S + in.getClass().getName() + $S)",
              IllegalArgumentException.class, failure.before(plan.copier().simpleName()),
              failure.after(plan.target().canonicalName(), plan.target().simpleName()))
          .endControlFlow();
    }
    NameAllocator locals = reservedLocals(plan);
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (CopyStrategy.Component component : plan.components()) {
      CodeBlock read = component.method()
          ? CodeBlock.of("in.$N()", component.accessor())
          : CodeBlock.of("in.$N", component.accessor());
      arguments.add(code.copyOf(body, locals, component.name(), component.strategy(),
          component.type(), read, false));
    }
    return method
        .addCode(body.build())
        .addStatement("return new $L($L)", HelperBodies.instantiation(plan.targetType()),
            CodeBlock.join(arguments, ",$W"))
        .build();
  }

  private static MethodSpec deepCopyInto(CopyPlan plan, CopyCode code) {
    MethodSpec.Builder method = signature(plan, "deepCopyInto");
    NameAllocator locals = reservedLocals(plan);
    plan.superCopier().ifPresent(s -> method.addStatement("$T.deepCopyInto(in, out$L)", s.copier(),
        superOperators(s, code, locals)));
    CodeBlock.Builder body = CodeBlock.builder();
    for (FieldCopy field : plan.fields()) {
      field.access().fold(
          direct -> body.addStatement("$L.$N = $L", viewed("out", direct), direct.field(),
              code.copyOf(body, locals, field.name(), field.strategy(), field.type(),
                  CodeBlock.of("$L.$N", viewed("in", direct), direct.field()), true)),
          bean -> body.addStatement("out.$N($L)", bean.setter(),
              code.copyOf(body, locals, field.name(), field.strategy(), field.type(),
                  CodeBlock.of("in.$N()", bean.getter()), false)));
    }
    return method
        .addJavadoc(
            "Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may"
                + " be null.\n")
        .addCode(body.build())
        .build();
  }

  /** {@code in}, or {@code ((Base) in)} for a field that a subclass field of the same name hides. */
  private static CodeBlock viewed(String variable, FieldAccess.Direct direct) {
    return direct.declaringClass().isPresent()
        ? CodeBlock.of("(($T) $N)", direct.declaringClass().get(), variable)
        : CodeBlock.of("$N", variable);
  }

  /** {@code static <T> ... name(Box<T> in, UnaryOperator<T> copyT)}: the shape every copier method shares. */
  private static MethodSpec.Builder signature(CopyPlan plan, String name) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name);
    if (name.equals("deepCopy")) {
      method.addJavadoc(
          "Returns a copy of {@code in} that shares no mutable object with it, or null for null.\n");
    }
    if (plan.publicCopier()) {
      method.addModifiers(Modifier.PUBLIC);
    }
    method.addModifiers(Modifier.STATIC).addTypeVariables(plan.typeVariables());
    method.addParameter(plan.targetType(), "in");
    if (name.equals("deepCopyInto")) {
      method.addParameter(plan.targetType(), "out");
    }
    for (int i = 0; i < plan.operators().size(); i++) {
      method.addParameter(
          ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), plan.typeVariables().get(i)),
          plan.operators().get(i));
    }
    if (!plan.operators().isEmpty()) {
      method.addJavadoc("Each operator copies the values of one type parameter; it is never given null.\n");
    }
    return method;
  }

  private static CodeBlock operatorArguments(CopyPlan plan) {
    CodeBlock.Builder out = CodeBlock.builder();
    plan.operators().forEach(operator -> out.add(", $N", operator));
    return out.build();
  }

  private static CodeBlock superOperators(CopyStrategy.UseCopier superCopier, CopyCode code,
      NameAllocator locals) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (CopyStrategy.Operator operator : superCopier.operators()) {
      out.add(", $L", code.operator(operator, locals));
    }
    return out.build();
  }

  private static NameAllocator reservedLocals(CopyPlan plan) {
    NameAllocator locals = new NameAllocator();
    locals.newName("in");
    locals.newName("out");
    plan.operators().forEach(locals::newName);
    return locals;
  }
}
