package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.deepcopygen.processor.diagnostics.CopyFailure;
import io.github.deepcopygen.processor.model.CopierIndex;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/** Renders a {@link CopierIndex} as the source of a package's lookup of its included copiers. */
public final class IndexWriter {
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final String PROCESSOR = "io.github.deepcopygen.processor.DeepCopyProcessor";
  private static final TypeName ANY_CLASS =
      ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName ANY_COPIER =
      ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName COPIER_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ANY_CLASS, ANY_COPIER);
  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeName COPIER_OF_T = ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), T);

  public JavaFile write(CopierIndex index) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(index.index())
            .addJavadoc("The copiers that {@code @DeepCopy.Include} wrote in this package, by the exact class"
                + " each copies;\nwritten by deepcopy-gen.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(copiersField(index))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(copiers())
            .addMethod(copierFor())
            .addMethod(deepCopy(index))
            .addMethod(entry());
    if (index.generatedAnnotation()) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    return JavaFile.builder(index.index().packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static FieldSpec copiersField(CopierIndex index) {
    CodeBlock.Builder entries = CodeBlock.builder();
    for (int i = 0; i < index.entries().size(); i++) {
      CopierIndex.Entry entry = index.entries().get(i);
      entries.add(i == 0 ? "\n" : ",\n").add("entry($T.class, $T::deepCopy)", entry.type(), entry.copier());
    }
    return FieldSpec.builder(COPIER_MAP, "COPIERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(CodeBlock.builder().add("$T.ofEntries(", Map.class).indent().indent()
            .add(entries.build()).unindent().unindent().add(")").build())
        .build();
  }

  private static MethodSpec copiers() {
    return MethodSpec.methodBuilder("copiers")
        .addJavadoc("Every copier of the package, by the exact class it copies; the map cannot be changed.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(COPIER_MAP)
        .addStatement("return COPIERS")
        .build();
  }

  private static MethodSpec copierFor() {
    return MethodSpec.methodBuilder("copierFor")
        .addJavadoc("The copier of exactly {@code type}, if the package has one.\n")
        .addAnnotation(uncheckedPairing())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), COPIER_OF_T))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "type")
        .addStatement("return $T.ofNullable(($T) COPIERS.get(type))", Optional.class, COPIER_OF_T)
        .build();
  }

  private static MethodSpec deepCopy(CopierIndex index) {
    CopyFailure failure = CopyFailure.NOT_INDEXED;
    return MethodSpec.methodBuilder("deepCopy")
        .addJavadoc("A deep copy of {@code in} by the copier of its exact class; {@code null} for {@code"
            + " null}.\n\n@throws IllegalArgumentException if the package has no copier for that class\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(T)
        .addParameter(T, "in")
        .beginControlFlow("if (in == null)")
        .addStatement("return null")
        .endControlFlow()
        .addCode(CodeBlock.builder()
            .add("@$T($S) // ", SuppressWarnings.class, "unchecked")
            .add("each entry pairs a class with its own copier\n")
            .addStatement("$T copier = ($T) COPIERS.get(in.getClass())", COPIER_OF_T, COPIER_OF_T)
            .build())
        .beginControlFlow("if (copier == null)")
        .addStatement("throw new $T($S + in.getClass().getName() + $S)", IllegalArgumentException.class,
            failure.before(index.index().simpleName()), failure.after(index.index().packageName()))
        .endControlFlow()
        .addStatement("return copier.apply(in)")
        .build();
  }

  /** Types each pairing, so that a class can only ever be paired with its own copier. */
  private static MethodSpec entry() {
    return MethodSpec.methodBuilder("entry")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ANY_CLASS, ANY_COPIER))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "type")
        .addParameter(COPIER_OF_T, "copier")
        .addStatement("return $T.entry(type, copier)", Map.class)
        .build();
  }

  private static AnnotationSpec uncheckedPairing() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();
  }
}
