package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Renders a {@link CopyPlan} as the source of its copier class: the tree copy's methods, and for a
 * graph type the graph copy's beside them, as two renderings of the same plan. It decides nothing
 * the plan does not say.
 */
public final class CopierWriter {

  public JavaFile write(CopyPlan plan) {
    CopyPlan.Copied copied = plan.copied();
    CopyCode tree =
        CopyCode.tree(
            copied.copier(),
            plan.typeParameters().variables(),
            plan.typeParameters().operators(),
            copied.library() ? Optional.of(copied.type().simpleName()) : Optional.empty());
    TypeSpec.Builder copier =
        TypeSpec.classBuilder(copied.copier())
            .addJavadoc("Deep copies of {@link $T}, written by deepcopy-gen.\n", copied.type())
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (copied.publicCopier()) {
      copier.addModifiers(Modifier.PUBLIC);
    }
    if (!copied.suppressedWarnings().isEmpty()) {
      copier.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember(
                  "value",
                  "{$L}",
                  CodeBlock.join(
                      copied.suppressedWarnings().stream().map(w -> CodeBlock.of("$S", w)).toList(),
                      ", "))
              .build());
    }
    if (copied.generatedAnnotation()) {
      copier.addAnnotation(GeneratedMark.annotation());
    }
    copier.addMethods(methods(plan, tree));
    if (plan.graph().copiesGraphs()) {
      if (plan.construction().shape() != CopyPlan.Shape.ABSTRACT_CLASS) {
        copier.addMethod(graphEntry(plan));
      }
      copier.addMethods(methods(plan, tree.graph()));
    }
    copier.addMethods(tree.helpers());
    copier.addMethods(tree.graphUtilities());
    return JavaFile.builder(copied.copier().packageName(), copier.build())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  /** The methods of one rendering: what the shape of the copied type has. */
  private static List<MethodSpec> methods(CopyPlan plan, CopyCode code) {
    return switch (plan.construction().shape()) {
      case CLASS -> List.of(classDeepCopy(plan, code), deepCopyInto(plan, code));
      case ABSTRACT_CLASS -> List.of(deepCopyInto(plan, code));
      case RECORD, CONSTRUCTED -> List.of(recordDeepCopy(plan, code));
    };
  }

  /** {@code deepCopyGraph(in)}: a graph copy starts with no copies made. */
  private static MethodSpec graphEntry(CopyPlan plan) {
    return signature(
            plan,
            "deepCopyGraph",
            "Returns a copy of the object graph reachable from {@code in},"
                + " or null for null: each object in it\nis copied once, so shared objects stay shared and cycles"
                + " stay cycles.\n")
        .returns(plan.targetType())
        .addStatement(
            "return deepCopyGraph(in$L, new $T<>())",
            operatorArguments(plan),
            IdentityHashMap.class)
        .build();
  }

  /** {@code deepCopy} or {@code deepCopyGraph} of this rendering, with its javadoc. */
  private static MethodSpec.Builder deepCopySignature(CopyPlan plan, Rendering rendering) {
    MethodSpec.Builder method =
        signature(plan, rendering.deepCopyName(), rendering.deepCopyJavadoc());
    rendering.addCopiesParameter(method);
    return method.returns(plan.targetType());
  }

  /**
   * {@code if (in == null) return null;}, and in a graph copy the copy already made of {@code in}.
   */
  private static void nullAndSeen(MethodSpec.Builder method, CopyPlan plan, Rendering rendering) {
    method.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    CodeBlock.Builder seen = CodeBlock.builder();
    rendering.lookUp(seen, plan.targetType());
    method.addCode(seen.build());
  }

  private static MethodSpec classDeepCopy(CopyPlan plan, CopyCode code) {
    Rendering rendering = code.rendering();
    MethodSpec.Builder method = deepCopySignature(plan, rendering);
    nullAndSeen(method, plan, rendering);
    NameAllocator locals = reservedLocals(plan, rendering);
    // Sealed: each permitted subclass has its own copy, which keeps its class and its own fields.
    CodeBlock.Builder body = CodeBlock.builder();
    new BuiltBodies(code).cases(body, plan.construction().subclasses(), locals);
    if (plan.construction().exactClass() != CopyPlan.ExactClass.NONE) {
      CopyFailure failure =
          plan.construction().exactClass() == CopyPlan.ExactClass.SEALED
              ? CopyFailure.UNPERMITTED_SUBCLASS
              : subclassFailure(plan);
      refuseSubclass(body, plan, failure);
    }
    body.addStatement(
        "$T out = new $L()", plan.targetType(), NewCollections.instantiation(plan.targetType()));
    rendering.register(body);
    body.addStatement(
        "$N(in, out$L$L)",
        rendering.deepCopyIntoName(),
        operatorArguments(plan),
        rendering.copiesArgument());
    return method.addCode(body.build()).addStatement("return out").build();
  }

  private static MethodSpec recordDeepCopy(CopyPlan plan, CopyCode code) {
    Rendering rendering = code.rendering();
    MethodSpec.Builder method = deepCopySignature(plan, rendering);
    nullAndSeen(method, plan, rendering);
    CodeBlock.Builder body = CodeBlock.builder();
    if (plan.construction().exactClass() == CopyPlan.ExactClass.OPEN) {
      refuseSubclass(body, plan, subclassFailure(plan));
    }
    NameAllocator locals = reservedLocals(plan, rendering);
    CodeBlock.Builder reads = CodeBlock.builder();
    CodeBlock built =
        new BuiltBodies(code)
            .constructorCall(
                reads,
                plan.targetType(),
                plan.properties().components(),
                plan.construction().factory(),
                locals);
    body.add(reads.build());
    rendering.returnBuilt(body, built);
    return method.addCode(body.build()).build();
  }

  private static CopyFailure subclassFailure(CopyPlan plan) {
    return plan.copied().library() ? CopyFailure.LIBRARY_SUBCLASS : CopyFailure.SUBCLASS;
  }

  /** A subclass's own fields would be lost: refuse it instead of slicing silently. */
  private static void refuseSubclass(CodeBlock.Builder body, CopyPlan plan, CopyFailure failure) {
    ClassName type = plan.copied().type();
    body.beginControlFlow("if (in.getClass() != $T.class)", type)
        .addStatement(
            "throw new $T($S + in.getClass().getName() + $S)",
            IllegalArgumentException.class,
            failure.before(plan.copied().copier().simpleName()),
            failure.after(type.canonicalName(), type.simpleName()))
        .endControlFlow();
  }

  private static MethodSpec deepCopyInto(CopyPlan plan, CopyCode code) {
    Rendering rendering = code.rendering();
    MethodSpec.Builder method =
        signature(plan, rendering.deepCopyIntoName(), rendering.intoJavadoc());
    rendering.addCopiesParameter(method);
    NameAllocator locals = reservedLocals(plan, rendering);
    plan.properties()
        .superCopier()
        .ifPresent(
            s ->
                method.addStatement(
                    "$T.$N(in, out$L)",
                    s.copier(),
                    rendering.superIntoName(s),
                    rendering.copierArguments(s, superOperators(s, code, locals))));
    CodeBlock.Builder body = CodeBlock.builder();
    PropertyWrites writes = new PropertyWrites(code, body, locals);
    plan.properties().fields().forEach(writes::write);
    return method.addCode(body.build()).build();
  }

  /**
   * {@code static <T> ... name(Box<T> in, UnaryOperator<T> copyT)}: the shape every copier method
   * shares, its javadoc's summary first.
   */
  private static MethodSpec.Builder signature(CopyPlan plan, String name, String summary) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addJavadoc(summary);
    if (plan.copied().publicCopier()) {
      method.addModifiers(Modifier.PUBLIC);
    }
    method.addModifiers(Modifier.STATIC).addTypeVariables(plan.typeParameters().variables());
    method.addParameter(plan.targetType(), "in");
    if (name.endsWith("Into")) {
      method.addParameter(plan.targetType(), "out");
    }
    List<String> operators = plan.typeParameters().operators();
    for (int i = 0; i < operators.size(); i++) {
      method.addParameter(
          ParameterizedTypeName.get(
              ClassName.get(UnaryOperator.class), plan.typeParameters().variables().get(i)),
          operators.get(i));
    }
    if (!operators.isEmpty()) {
      method.addJavadoc(
          "Each operator copies the values of one type parameter; it is never given null.\n");
    }
    return method;
  }

  private static CodeBlock operatorArguments(CopyPlan plan) {
    CodeBlock.Builder out = CodeBlock.builder();
    plan.typeParameters().operators().forEach(operator -> out.add(", $N", operator));
    return out.build();
  }

  private static CodeBlock superOperators(
      CopyStrategy.UseCopier superCopier, CopyCode code, NameAllocator locals) {
    List<CodeBlock> out = new ArrayList<>();
    for (CopyStrategy.Operator operator : superCopier.operators()) {
      out.add(CodeBlock.of(", $L", code.operator(operator, locals)));
    }
    return CodeBlock.join(out, "");
  }

  private static NameAllocator reservedLocals(CopyPlan plan, Rendering rendering) {
    NameAllocator locals = new NameAllocator();
    locals.newName("in");
    locals.newName("out");
    plan.typeParameters().operators().forEach(locals::newName);
    rendering.reserveNames(locals);
    return locals;
  }
}
