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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Renders a {@link CopierIndex} as the source of a package's lookup of its included copiers.
 *
 * <p>The lookup is by class name into a switch: it loads no class until a copy needs it and links
 * no lambda (a thousand method references cost a second at start-up). Name lists and switches come
 * in slices of {@value #SLICE}, so that no method nears the JIT's 8,000-byte limit or javac's 64 kB
 * one; the list of class literals that {@code copiers()} loads is one initializer, good for some
 * 8,000.
 */
public final class IndexWriter {
  static final int SLICE = 400;

  private static final TypeName ANY_COPIER =
      ParameterizedTypeName.get(
          ClassName.get(UnaryOperator.class), WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName COPIER_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), IndexNestedTypes.ANY_CLASS, ANY_COPIER);
  private static final TypeName NUMBER_MAP =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Integer.class));
  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeName COPIER_OF_T =
      ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), T);

  public JavaFile write(CopierIndex index) {
    ClassName copier = index.index().nestedClass("Copier");
    ClassName classes = index.index().nestedClass("Classes");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(index.index())
            .addJavadoc(
                "The copiers that {@code @DeepCopy.Include} wrote in this package, by the exact class"
                    + " each copies;\nwritten by deepcopy-gen.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(
                        NUMBER_MAP, "NUMBERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                        "Each class's number in {@link #copy}, by name: a lookup loads no class.\n")
                    .initializer("numbers()")
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(copiers(classes, copier))
            .addMethod(copierFor(copier))
            .addMethod(deepCopy(index))
            .addMethod(numbers(index))
            .addMethod(copy(index))
            .addType(IndexNestedTypes.copier(copier))
            .addType(IndexNestedTypes.classes(index, classes));
    if (index.entries().stream().anyMatch(entry -> entry.jsonTreeOperators() > 0)) {
      IndexJsonTree.add(type, index);
    }
    for (int slice = 0; slice < slices(index); slice++) {
      type.addMethod(numbersSlice(index, slice));
    }
    for (int slice = 0; slice < slices(index); slice++) {
      type.addMethod(copySlice(index, slice));
    }
    // The index names every class of a library, deprecated ones too, and must not drop them.
    if (!index.suppressedWarnings().isEmpty()) {
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember(
                  "value",
                  "{$L}",
                  CodeBlock.join(
                      index.suppressedWarnings().stream().map(w -> CodeBlock.of("$S", w)).toList(),
                      ", "))
              .build());
    }
    if (index.generatedAnnotation()) {
      type.addAnnotation(GeneratedMark.annotation());
    }
    return JavaFile.builder(index.index().packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("    ")
        .build();
  }

  private static int slices(CopierIndex index) {
    return (index.entries().size() + SLICE - 1) / SLICE;
  }

  private static MethodSpec copiers(ClassName classes, ClassName copier) {
    return MethodSpec.methodBuilder("copiers")
        .addJavadoc(
            "Every copier of the package, by the exact class it copies; the map cannot be changed."
                + "\nIt loads every class the package copies.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(COPIER_MAP)
        .addStatement("$T<$T> all = $T.ALL", List.class, IndexNestedTypes.ANY_CLASS, classes)
        .addStatement(
            "$T copiers = new $T<>($T.max(16, all.size() * 4 / 3 + 1))",
            COPIER_MAP,
            LinkedHashMap.class,
            Math.class)
        .beginControlFlow("for (int number = 0; number < all.size(); number++)")
        .addStatement("copiers.put(all.get(number), new $T(number))", copier)
        .endControlFlow()
        .addStatement("return $T.unmodifiableMap(copiers)", java.util.Collections.class)
        .build();
  }

  private static MethodSpec copierFor(ClassName copier) {
    return MethodSpec.methodBuilder("copierFor")
        .addJavadoc("The copier of exactly {@code type}, if the package has one.\n")
        .addAnnotation(unchecked())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), COPIER_OF_T))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "type")
        .addStatement("$T number = NUMBERS.get(type.getName())", Integer.class)
        .addComment("The copier takes exactly the class of that number, which is this one")
        .addStatement(
            "return number == null ? $T.empty() : $T.of(($T) ($T) new $T(number))",
            Optional.class,
            Optional.class,
            COPIER_OF_T,
            ANY_COPIER,
            copier)
        .build();
  }

  private static MethodSpec deepCopy(CopierIndex index) {
    CopyFailure failure = CopyFailure.NOT_INDEXED;
    return MethodSpec.methodBuilder("deepCopy")
        .addJavadoc(
            "A deep copy of {@code in} by the copier of its exact class; {@code null} for {@code"
                + " null}.\n\n@throws IllegalArgumentException if the package has no copier for that class\n")
        .addAnnotation(unchecked())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(T)
        .addParameter(T, "in")
        .beginControlFlow("if (in == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T number = NUMBERS.get(in.getClass().getName())", Integer.class)
        .beginControlFlow("if (number == null)")
        .addStatement(
            "throw new $T($S + in.getClass().getName() + $S)",
            IllegalArgumentException.class,
            failure.before(index.index().simpleName()),
            failure.after(index.index().packageName()))
        .endControlFlow()
        .addComment("The copier of in's class returns an object of that class")
        .addStatement("return (T) copy(number, in)")
        .build();
  }

  private static MethodSpec numbers(CopierIndex index) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("numbers")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(NUMBER_MAP)
            .addStatement(
                "$T numbers = new $T<>($L)",
                NUMBER_MAP,
                HashMap.class,
                Math.max(16, index.entries().size() * 4 / 3 + 1));
    for (int slice = 0; slice < slices(index); slice++) {
      method.addStatement("numbers$L(numbers)", slice);
    }
    return method
        .addStatement("return $T.unmodifiableMap(numbers)", java.util.Collections.class)
        .build();
  }

  private static MethodSpec numbersSlice(CopierIndex index, int slice) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("numbers" + slice)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(NUMBER_MAP, "numbers");
    int end = Math.min(index.entries().size(), (slice + 1) * SLICE);
    for (int i = slice * SLICE; i < end; i++) {
      method.addStatement("numbers.put($S, $L)", index.entries().get(i).type().reflectionName(), i);
    }
    return method.build();
  }

  private static MethodSpec copy(CopierIndex index) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("copy")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(Object.class)
            .addParameter(int.class, "number")
            .addParameter(Object.class, "in");
    method.beginControlFlow("switch (number / $L)", SLICE);
    for (int slice = 0; slice < slices(index); slice++) {
      method.addStatement("case $L: return copy$L(number, in)", slice, slice);
    }
    return method
        .addStatement("default: throw new $T(number)", AssertionError.class)
        .endControlFlow()
        .build();
  }

  private static MethodSpec copySlice(CopierIndex index, int slice) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("copy" + slice)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(Object.class)
            .addParameter(int.class, "number")
            .addParameter(Object.class, "in");
    method.beginControlFlow("switch (number)");
    int end = Math.min(index.entries().size(), (slice + 1) * SLICE);
    boolean unchecked = false;
    for (int i = slice * SLICE; i < end; i++) {
      CopierIndex.Entry entry = index.entries().get(i);
      if (entry.jsonTreeOperators() == 0) {
        method.addStatement(
            "case $L: return $T.deepCopy(($T) in)", i, entry.copier(), entry.type());
        continue;
      }
      unchecked = true;
      TypeName[] objects = new TypeName[entry.jsonTreeOperators()];
      java.util.Arrays.fill(objects, ClassName.OBJECT);
      method.addStatement(
          "case $L: return $T.deepCopy(($T) in$L)",
          i,
          entry.copier(),
          ParameterizedTypeName.get(entry.type(), objects),
          ", JSON_TREE".repeat(objects.length));
    }
    if (unchecked) {
      method.addAnnotation(unchecked());
    }
    return method
        .addStatement("default: throw new $T(number)", AssertionError.class)
        .endControlFlow()
        .build();
  }

  private static AnnotationSpec unchecked() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "$S", "unchecked")
        .build();
  }
}
