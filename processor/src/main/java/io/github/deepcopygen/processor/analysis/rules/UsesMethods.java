package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.ClassName;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Rule 5: the copy methods of the classes named in {@code @DeepCopy(uses = …)}, each a {@code
 * static T name(T)} that the copier can call. Problems with the list are attached to its values.
 */
public final class UsesMethods {
  private record Method(TypeMirror type, ClassName owner, ExecutableElement element) {}

  private final Types types;
  private final List<Method> methods = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  public UsesMethods(Types types, TypeElement target, String copierPackage) {
    this.types = types;
    for (AnnotationMirror mirror : target.getAnnotationMirrors()) {
      if (!Annotations.isAnnotation(mirror, Annotations.DEEP_COPY)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          mirror.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals("uses")) {
          for (Annotations.NamedClass named : Annotations.classesIn(entry.getValue())) {
            collect(target, mirror, named.value(), named.type(), copierPackage);
          }
        }
      }
    }
  }

  private void collect(
      TypeElement target,
      AnnotationMirror mirror,
      AnnotationValue value,
      TypeElement owner,
      String pkg) {
    int found = 0;
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (!isCopyMethod(method, pkg)) {
        continue;
      }
      TypeMirror type = method.getReturnType();
      for (Method other : methods) {
        if (types.isSameType(other.type(), type)) {
          problems.add(
              Problem.onValue(
                  Message.AMBIGUOUS_USES,
                  target,
                  mirror,
                  value,
                  type,
                  other.owner().simpleName() + "." + other.element().getSimpleName(),
                  owner.getSimpleName() + "." + method.getSimpleName()));
        }
      }
      methods.add(new Method(type, ClassName.get(owner), method));
      found++;
    }
    if (found == 0) {
      problems.add(
          Problem.onValue(
              Message.INVALID_USES,
              target,
              mirror,
              value,
              owner.getQualifiedName(),
              pkg,
              owner.getSimpleName()));
    }
  }

  private boolean isCopyMethod(ExecutableElement method, String pkg) {
    return method.getModifiers().contains(Modifier.STATIC)
        && Visibility.isVisibleFrom(method, pkg)
        && Visibility.isVisibleFrom(method.getEnclosingElement(), pkg)
        && method.getTypeParameters().isEmpty()
        && method.getParameters().size() == 1
        && method.getReturnType().getKind() == TypeKind.DECLARED
        && types.isSameType(method.getReturnType(), method.getParameters().get(0).asType());
  }

  /** The method that copies exactly {@code type}, if one of the named classes has it. */
  Optional<CopyStrategy> find(TypeMirror type) {
    for (Method method : methods) {
      if (types.isSameType(method.type(), type)) {
        return Optional.of(
            new CopyStrategy.CallUsesMethod(
                method.owner(), method.element().getSimpleName().toString()));
      }
    }
    return Optional.empty();
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
