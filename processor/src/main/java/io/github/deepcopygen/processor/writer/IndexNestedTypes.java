package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.github.deepcopygen.processor.model.CopierIndex;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/** The classes nested in a package index: its copier by number, and its list of classes. */
final class IndexNestedTypes {
  static final TypeName ANY_CLASS =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

  private IndexNestedTypes() {}

  /** One class for every copier of the index: a method reference each would link a lambda each. */
  static TypeSpec copier(ClassName copier) {
    return TypeSpec.classBuilder(copier)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(
            ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), ClassName.OBJECT))
        .addField(int.class, "number", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(int.class, "number")
                .addStatement("this.number = number")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("apply")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(Object.class, "in")
                .addStatement("return in == null ? null : copy(number, in)")
                .build())
        .build();
  }

  /** The classes themselves, in number order: only {@code copiers()} loads them, and only once. */
  static TypeSpec classes(CopierIndex index, ClassName classes) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < index.entries().size(); i++) {
      list.add(i == 0 ? "\n" : ",\n").add("$T.class", index.entries().get(i).type());
    }
    return TypeSpec.classBuilder(classes)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(ClassName.get(List.class), ANY_CLASS),
                    "ALL",
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(
                    CodeBlock.builder()
                        .add("$T.of(", List.class)
                        .indent()
                        .indent()
                        .add(list.build())
                        .unindent()
                        .unindent()
                        .add(")")
                        .build())
                .build())
        .build();
  }
}
