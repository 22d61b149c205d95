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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/** Renders a {@link CopyPlan} as the source of its copier class. It decides nothing the plan does not say. */
public final class CopierWriter {

  public JavaFile write(CopyPlan plan) {
    CopyCode code = new CopyCode(plan.copied().copier(), plan.typeParameters().variables(), plan.typeParameters().operators(),
        plan.copied().library() ? java.util.Optional.of(plan.copied().type().simpleName()) : java.util.Optional.empty());
    TypeSpec.Builder copier =
        TypeSpec.classBuilder(plan.copied().copier())
            .addJavadoc("Deep copies of {@link $T}, written by deepcopy-gen.\n", plan.copied().type())
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (plan.copied().publicCopier()) {
      copier.addModifiers(Modifier.PUBLIC);
    }
    if (plan.copied().generatedAnnotation()) {
      copier.addAnnotation(GeneratedMark.annotation());
    }
    copier.addMethods(methods(plan, code));
    if (plan.graph().copiesGraphs()) {
      if (plan.construction().shape() != CopyPlan.Shape.ABSTRACT_CLASS) {
        copier.addMethod(graphEntry(plan));
      }
      copier.addMethods(methods(plan, code.graph()));
    }
    copier.addMethods(code.helpers());
    copier.addMethods(code.utilities().methods());
    return JavaFile.builder(plan.copied().copier().packageName(), copier.build())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  /** The tree copy's methods, or with the graph copy's code the graph copy's. */
  private static List<MethodSpec> methods(CopyPlan plan, CopyCode code) {
    return switch (plan.construction().shape()) {
      case CLASS -> List.of(classDeepCopy(plan, code), deepCopyInto(plan, code));
      case ABSTRACT_CLASS -> List.of(deepCopyInto(plan, code));
      case RECORD, CONSTRUCTED -> List.of(recordDeepCopy(plan, code));
    };
  }

  /** {@code deepCopyGraph(in)}: a graph copy starts with no copies made. */
  private static MethodSpec graphEntry(CopyPlan plan) {
    return signature(plan, "deepCopyGraph", false)
        .returns(plan.targetType())
        .addStatement("return deepCopyGraph(in$L, new $T<>())", operatorArguments(plan), IdentityHashMap.class)
        .build();
  }

  /** {@code if (in == null) return null;}, and in a graph copy the copy already made of {@code in}. */
  private static void nullAndSeen(MethodSpec.Builder method, CopyPlan plan, CopyCode code) {
    method.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    if (code.isGraph()) {
      method.addCode(code.utilities().returnSeen(plan.targetType()));
    }
  }

  private static MethodSpec classDeepCopy(CopyPlan plan, CopyCode code) {
    MethodSpec.Builder method = signature(plan, code.isGraph() ? "deepCopyGraph" : "deepCopy", code.isGraph())
        .returns(plan.targetType());
    nullAndSeen(method, plan, code);
    NameAllocator locals = reservedLocals(plan, code);
    for (CopyStrategy.Case subclass : plan.construction().subclasses()) {
      // Sealed: each permitted subclass has its own copy, which keeps its class and its own fields.
      String simple = subclass.raw().simpleName();
      String variable = locals.newName(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
      method
          .beginControlFlow("if (in instanceof $T $N)", subclass.type(), variable)
          .addStatement("return $L",
              code.nonNullCopyOf(subclass.strategy(), CodeBlock.of("$N", variable), subclass.type(), locals))
          .endControlFlow();
    }
    if (plan.construction().exactClass() != CopyPlan.ExactClass.NONE) {
      // A subclass's own fields would be lost: refuse it instead of slicing silently.
      String target = plan.copied().type().canonicalName();
      CopyFailure failure = plan.construction().exactClass() == CopyPlan.ExactClass.SEALED
          ? CopyFailure.UNPERMITTED_SUBCLASS
          : plan.copied().library() ? CopyFailure.LIBRARY_SUBCLASS : CopyFailure.SUBCLASS;
      method
          .beginControlFlow("if (in.getClass() != $T.class)", plan.copied().type())
          .addStatement("throw new $T($S + in.getClass().getName() + $S)",
              IllegalArgumentException.class, failure.before(plan.copied().copier().simpleName()),
              failure.after(target, plan.copied().type().simpleName()))
          .endControlFlow();
    }
    method.addStatement("$T out = new $L()", plan.targetType(), HelperBodies.instantiation(plan.targetType()));
    if (code.isGraph()) {
      // Registered before its fields are copied, so that a field leading back to in finds out.
      method.addStatement("copies.put(in, out)")
          .addStatement("deepCopyGraphInto(in, out$L, copies)", operatorArguments(plan));
    } else {
      method.addStatement("deepCopyInto(in, out$L)", operatorArguments(plan));
    }
    return method.addStatement("return out").build();
  }

  private static MethodSpec recordDeepCopy(CopyPlan plan, CopyCode code) {
    MethodSpec.Builder method = signature(plan, code.isGraph() ? "deepCopyGraph" : "deepCopy", code.isGraph())
        .returns(plan.targetType());
    nullAndSeen(method, plan, code);
    if (plan.construction().exactClass() == CopyPlan.ExactClass.OPEN) {
      // A subclass's own fields would be lost: refuse it instead of slicing silently.
      CopyFailure failure = plan.copied().library() ? CopyFailure.LIBRARY_SUBCLASS : CopyFailure.SUBCLASS;
      method
          .beginControlFlow("if (in.getClass() != $T.class)", plan.copied().type())
          .addStatement("throw new $T($S + in.getClass().getName() + $S)",
              IllegalArgumentException.class, failure.before(plan.copied().copier().simpleName()),
              failure.after(plan.copied().type().canonicalName(), plan.copied().type().simpleName()))
          .endControlFlow();
    }
    NameAllocator locals = reservedLocals(plan, code);
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (CopyStrategy.Component component : plan.properties().components()) {
      CodeBlock read = component.method()
          ? CodeBlock.of("in.$N()", component.accessor())
          : CodeBlock.of("in.$N", component.accessor());
      arguments.add(code.copyOf(body, locals, component.name(), component.strategy(),
          component.type(), read, false));
    }
    CodeBlock built = CodeBlock.of("new $L($L)", HelperBodies.instantiation(plan.targetType()),
        CodeBlock.join(arguments, ",$W"));
    method.addCode(body.build());
    if (code.isGraph()) {
      // Built after its parts: a part that led back to in made the copy to keep.
      return method.addCode(code.utilities().returnKept(built)).build();
    }
    return method.addStatement("return $L", built).build();
  }

  private static MethodSpec deepCopyInto(CopyPlan plan, CopyCode code) {
    MethodSpec.Builder method =
        signature(plan, code.isGraph() ? "deepCopyGraphInto" : "deepCopyInto", code.isGraph());
    NameAllocator locals = reservedLocals(plan, code);
    plan.properties().superCopier().ifPresent(s -> {
      if (code.isGraph() && s.graph()) {
        method.addStatement("$T.deepCopyGraphInto(in, out$L, copies)", s.copier(), superOperators(s, code, locals));
      } else {
        // A superclass that is no graph type copies its own fields as a tree.
        method.addStatement("$T.deepCopyInto(in, out$L)", s.copier(), superOperators(s, code, locals));
      }
    });
    CodeBlock.Builder body = CodeBlock.builder();
    for (FieldCopy field : plan.properties().fields()) {
      field.access().fold(
          direct -> body.addStatement("$L.$N = $L", viewed("out", direct), direct.field(),
              code.copyOf(body, locals, field.name(), field.strategy(), field.type(),
                  CodeBlock.of("$L.$N", viewed("in", direct), direct.field()), true)),
          bean -> body.addStatement("out.$N($L)", bean.setter(),
              code.copyOf(body, locals, field.name(), field.strategy(), field.type(),
                  CodeBlock.of("in.$N()", bean.getter()), false)));
    }
    return method
        .addJavadoc(code.isGraph()
            ? "Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy,"
                + " whose\ncopies so far {@code copies} holds. Neither may be null.\n"
            : "Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may"
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

  /**
   * {@code static <T> ... name(Box<T> in, UnaryOperator<T> copyT)}: the shape every copier method shares;
   * within a graph copy, with the map of the copies made so far last.
   */
  private static MethodSpec.Builder signature(CopyPlan plan, String name, boolean withCopies) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name);
    if (name.equals("deepCopy")) {
      method.addJavadoc(
          "Returns a copy of {@code in} that shares no mutable object with it, or null for null.\n");
    } else if (name.equals("deepCopyGraph") && !withCopies) {
      method.addJavadoc("Returns a copy of the object graph reachable from {@code in}, or null for null:"
          + " each object in it\nis copied once, so shared objects stay shared and cycles stay cycles.\n");
    } else if (name.equals("deepCopyGraph")) {
      method.addJavadoc("Returns the copy of {@code in} within one graph copy, whose copies so far"
          + " {@code copies} holds\nby original; for the graph copiers that reach this type.\n");
    }
    if (plan.copied().publicCopier()) {
      method.addModifiers(Modifier.PUBLIC);
    }
    method.addModifiers(Modifier.STATIC).addTypeVariables(plan.typeParameters().variables());
    method.addParameter(plan.targetType(), "in");
    if (name.endsWith("Into")) {
      method.addParameter(plan.targetType(), "out");
    }
    for (int i = 0; i < plan.typeParameters().operators().size(); i++) {
      method.addParameter(
          ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), plan.typeParameters().variables().get(i)),
          plan.typeParameters().operators().get(i));
    }
    if (withCopies) {
      method.addParameter(GraphUtilities.COPIES, "copies");
    }
    if (!plan.typeParameters().operators().isEmpty()) {
      method.addJavadoc("Each operator copies the values of one type parameter; it is never given null.\n");
    }
    return method;
  }

  private static CodeBlock operatorArguments(CopyPlan plan) {
    CodeBlock.Builder out = CodeBlock.builder();
    plan.typeParameters().operators().forEach(operator -> out.add(", $N", operator));
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

  private static NameAllocator reservedLocals(CopyPlan plan, CopyCode code) {
    NameAllocator locals = new NameAllocator();
    locals.newName("in");
    locals.newName("out");
    plan.typeParameters().operators().forEach(locals::newName);
    if (code.isGraph()) {
      locals.newName("copies");
      locals.newName("seen");
    }
    return locals;
  }
}
