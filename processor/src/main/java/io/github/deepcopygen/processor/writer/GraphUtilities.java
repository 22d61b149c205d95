package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The three small methods a graph copier's code calls, written into the copier when it calls them:
 * the copy already made of a value, the copy to keep once a value is built, a tree copy made once.
 */
final class GraphUtilities {
  /** The map of one graph copy: each original object to its copy, by identity. */
  static final TypeName COPIES =
      ParameterizedTypeName.get(
          ClassName.get(IdentityHashMap.class), ClassName.OBJECT, ClassName.OBJECT);

  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final ClassName SUPPRESS = ClassName.get(SuppressWarnings.class);

  private boolean copied;
  private boolean keep;
  private boolean copyOnce;

  /**
   * {@code T seen = copied(in, copies); if (seen != null) return seen;}: the copy made before, if
   * any.
   */
  CodeBlock returnSeen(TypeName type) {
    copied = true;
    return CodeBlock.builder()
        .addStatement("$T seen = copied(in, copies)", type)
        .beginControlFlow("if (seen != null)")
        .addStatement("return seen")
        .endControlFlow()
        .build();
  }

  /**
   * {@code return keep(in, value, copies);}: a value built from its copied parts, registered after
   * them.
   */
  CodeBlock returnKept(CodeBlock value) {
    keep = true;
    return CodeBlock.builder().addStatement("return keep(in, $L, copies)", value).build();
  }

  void useCopyOnce() {
    copyOnce = true;
    copied = true;
  }

  /** The methods used, in a fixed order. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    if (copied) {
      // The one unchecked cast of the copier: the map holds each copy under its original, of its
      // type.
      methods.add(
          generic(
                  "copied",
                  "The copy already made of {@code in} in this graph copy, or null.\n",
                  true)
              .addParameter(COPIES, "copies")
              .addStatement("return ($T) copies.get(in)", T)
              .build());
    }
    if (keep) {
      methods.add(
          generic(
                  "keep",
                  "Registers {@code out}, just built, as the copy of {@code in}, unless"
                      + " copying {@code in}'s parts\nreached {@code in} again and made one first: that one is kept.\n",
                  true)
              .addParameter(T, "out")
              .addParameter(COPIES, "copies")
              .addStatement("$T first = copies.putIfAbsent(in, out)", Object.class)
              .addStatement("return first == null ? out : ($T) first", T)
              .build());
    }
    if (copyOnce) {
      methods.add(
          generic(
                  "copyOnce",
                  "The copy of {@code in} by {@code copy}, made once per graph copy; null for null.\n",
                  false)
              .addParameter(COPIES, "copies")
              .addParameter(
                  ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), T), "copy")
              .beginControlFlow("if (in == null)")
              .addStatement("return null")
              .endControlFlow()
              .addStatement("$T seen = copied(in, copies)", T)
              .beginControlFlow("if (seen != null)")
              .addStatement("return seen")
              .endControlFlow()
              .addStatement("$T out = copy.apply(in)", T)
              .addStatement("copies.put(in, out)")
              .addStatement("return out")
              .build());
    }
    return methods;
  }

  /** {@code private static <T> T name(T in, …)}, the shape the three share. */
  private static MethodSpec.Builder generic(String name, String javadoc, boolean unchecked) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addJavadoc(javadoc);
    if (unchecked) {
      method.addAnnotation(
          AnnotationSpec.builder(SUPPRESS).addMember("value", "$S", "unchecked").build());
    }
    return method
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(T)
        .returns(T)
        .addParameter(T, "in");
  }
}
