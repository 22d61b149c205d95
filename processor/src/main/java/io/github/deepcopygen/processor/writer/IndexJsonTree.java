package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.deepcopygen.processor.diagnostics.CopyFailure;
import io.github.deepcopygen.processor.model.CopierIndex;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The JSON tree of a package index whose copiers include generic library classes: their unknown
 * type arguments are copied as a raw use of the class copies them.
 */
final class IndexJsonTree {
  private IndexJsonTree() {}

  /**
   * The operator that the copiers of generic classes take for each type argument: a JSON tree,
   * whose values of the package's classes go back to the index.
   */
  static void add(TypeSpec.Builder type, CopierIndex index) {
    ClassName tree = index.index().nestedClass("JsonTree");
    TypeName objects =
        ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), ClassName.OBJECT);
    type.addField(
        FieldSpec.builder(objects, "JSON_TREE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", tree)
            .build());
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if (in == null)").addStatement("return null").endControlFlow();
    new JsonTreeBody(
            index.index().simpleName(),
            Optional.of(CopyFailure.INDEX_HOLDER),
            index.jsonNodes(),
            Optional.of(index.index()))
        .write(body, "copyJsonTree");
    type.addMethod(
        MethodSpec.methodBuilder("copyJsonTree")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(Object.class)
            .addParameter(Object.class, "in")
            .addCode(body.build())
            .build());
    type.addType(
        TypeSpec.classBuilder(tree)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(objects)
            .addMethod(
                MethodSpec.methodBuilder("apply")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Object.class)
                    .addParameter(Object.class, "in")
                    .addStatement("return copyJsonTree(in)")
                    .build())
            .build());
  }
}
