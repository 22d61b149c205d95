package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.FieldAccess;
import io.github.deepcopygen.processor.model.FieldCopy;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Renders a {@link CopyPlan} as the source of its copier class. It decides nothing the plan does not say. */
public final class CopierWriter {
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final String PROCESSOR = "io.github.deepcopygen.processor.DeepCopyProcessor";

  public JavaFile write(CopyPlan plan) {
    CopyCode code = new CopyCode();
    TypeSpec.Builder copier =
        TypeSpec.classBuilder(plan.copier())
            .addJavadoc("Deep copies of {@link $T}, written by deepcopy-gen.\n", plan.target())
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (plan.publicCopier()) {
      copier.addModifiers(Modifier.PUBLIC);
    }
    if (plan.generatedAnnotation()) {
      copier.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    switch (plan.shape()) {
      case CLASS:
        copier.addMethod(classDeepCopy(plan));
        copier.addMethod(deepCopyInto(plan, code));
        break;
      case ABSTRACT_CLASS:
        copier.addMethod(deepCopyInto(plan, code));
        break;
      case RECORD:
        copier.addMethod(recordDeepCopy(plan, code));
        break;
    }
    copier.addMethods(code.helpers());
    return JavaFile.builder(plan.copier().packageName(), copier.build())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static MethodSpec classDeepCopy(CopyPlan plan) {
    MethodSpec.Builder method = deepCopySignature(plan);
    method.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    if (plan.checkExactClass()) {
      // A subclass's own fields would be lost: refuse it instead of slicing silently.
      method
          .beginControlFlow("if (in.getClass() != $T.class)", plan.target())
          .addStatement(
              "throw new $T($S + in.getClass().getName() + $S)",
              IllegalArgumentException.class,
              plan.copier().simpleName() + " cannot copy ",
              ", a subclass of " + plan.target().canonicalName() + ": its own fields would be lost."
                  + " Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make "
                  + plan.target().simpleName() + " sealed or final.")
          .endControlFlow();
    }
    return method
        .addStatement("$T out = new $T()", plan.target(), plan.target())
        .addStatement("deepCopyInto(in, out)")
        .addStatement("return out")
        .build();
  }

  private static MethodSpec recordDeepCopy(CopyPlan plan, CopyCode code) {
    MethodSpec.Builder method = deepCopySignature(plan);
    method.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    NameAllocator locals = reservedLocals();
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (FieldCopy field : plan.fields()) {
      String accessor = ((FieldAccess.Component) field.access()).accessor();
      arguments.add(code.copyOf(body, locals, field.name(), field.strategy(), field.type(),
          CodeBlock.of("in.$N()", accessor), false));
    }
    return method
        .addCode(body.build())
        .addStatement("return new $T($L)", plan.target(), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  private static MethodSpec deepCopyInto(CopyPlan plan, CopyCode code) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("deepCopyInto")
            .addJavadoc(
                "Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may"
                    + " be null.\n")
            .addParameter(plan.target(), "in")
            .addParameter(plan.target(), "out");
    if (plan.publicCopier()) {
      method.addModifiers(Modifier.PUBLIC);
    }
    method.addModifiers(Modifier.STATIC);
    plan.superCopier().ifPresent(s -> method.addStatement("$T.deepCopyInto(in, out)", s));
    NameAllocator locals = reservedLocals();
    CodeBlock.Builder body = CodeBlock.builder();
    for (FieldCopy field : plan.fields()) {
      if (field.access() instanceof FieldAccess.Direct direct) {
        CodeBlock copy = code.copyOf(body, locals, field.name(), field.strategy(), field.type(),
            CodeBlock.of("in.$N", direct.field()), true);
        body.addStatement("out.$N = $L", direct.field(), copy);
      } else {
        FieldAccess.Bean bean = (FieldAccess.Bean) field.access();
        CodeBlock copy = code.copyOf(body, locals, field.name(), field.strategy(), field.type(),
            CodeBlock.of("in.$N()", bean.getter()), false);
        body.addStatement("out.$N($L)", bean.setter(), copy);
      }
    }
    return method.addCode(body.build()).build();
  }

  private static MethodSpec.Builder deepCopySignature(CopyPlan plan) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("deepCopy")
            .addJavadoc(
                "Returns a copy of {@code in} that shares no mutable object with it, or null for"
                    + " null.\n")
            .returns(plan.target())
            .addParameter(plan.target(), "in");
    if (plan.publicCopier()) {
      method.addModifiers(Modifier.PUBLIC);
    }
    return method.addModifiers(Modifier.STATIC);
  }

  private static NameAllocator reservedLocals() {
    NameAllocator locals = new NameAllocator();
    locals.newName("in");
    locals.newName("out");
    return locals;
  }
}
