package io.github.deepcopygen.processor.analysis.rules;

import io.github.deepcopygen.processor.analysis.lombok.Lombok;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.JdkClasses;
import io.github.deepcopygen.processor.lang.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Copy rule 10: a class whose fields are all final is rebuilt through a constructor that takes each
 * of them, as a record through its canonical one. Parameters are matched to fields by name and
 * type; a constructor's names are its parameters' (from sources) or those of
 * {@code @ConstructorProperties}.
 */
public final class ValueClasses {
  private ValueClasses() {}

  /**
   * Whether {@code type} is copied by rule 10: a concrete class that extends Object and declares
   * instance fields, all final; or a Lombok {@code @Value} class, whose fields Lombok makes final.
   */
  public static boolean isValueClass(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || !extendsObject(type)) {
      return false;
    }
    List<VariableElement> fields = instanceFields(type);
    return !fields.isEmpty()
        && (Lombok.makesFieldsFinal(type)
            || fields.stream().allMatch(f -> f.getModifiers().contains(Modifier.FINAL)));
  }

  /**
   * Whether a value of {@code type}, not {@code @DeepCopy} itself, is copied inline by rule 10: a
   * value class outside the JDK, whose own classes the other rules decide.
   */
  static boolean isInlineValueClass(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return isValueClass(type) && !JdkClasses.isJdk(name);
  }

  /**
   * Whether {@code type} is a Lombok {@code @Value} class that Lombok has not written yet (it runs
   * after deepcopy-gen this round): some instance field is not final.
   */
  static boolean awaitsLombok(TypeElement type) {
    return Lombok.makesFieldsFinal(type)
        && !instanceFields(type).stream().allMatch(f -> f.getModifiers().contains(Modifier.FINAL));
  }

  /** The class's fields in the order of the constructor that takes them, if one does. */
  public static Optional<List<String>> constructorOrder(
      TypeElement type, String copierPackage, Types types) {
    List<VariableElement> fields = instanceFields(type);
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().size() != fields.size()
          || !Visibility.isVisibleFrom(constructor, copierPackage)) {
        continue;
      }
      List<String> names = parameterNames(constructor);
      List<String> order = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        VariableElement parameter = constructor.getParameters().get(i);
        Optional<VariableElement> field =
            fields.stream()
                .filter(f -> f.getSimpleName().contentEquals(name))
                .filter(f -> types.isSameType(f.asType(), parameter.asType()))
                .findFirst();
        if (field.isEmpty() || order.contains(name)) {
          break;
        }
        order.add(name);
      }
      if (order.size() == fields.size()) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  /**
   * The class's fields in the order of the constructor that takes them: one it has, else the one
   * Lombok will write (taking them in declaration order), which {@code promised} then records for
   * the next round.
   */
  public static Optional<List<String>> constructorOrder(
      TypeElement type,
      String copierPackage,
      Types types,
      Elements elements,
      List<LombokPromise> promised) {
    Optional<List<String>> order = constructorOrder(type, copierPackage, types);
    if (order.isPresent()
        || !Lombok.marks(type)
        || !Lombok.writesAllArgsConstructor(type, elements)) {
      return order;
    }
    List<VariableElement> fields = instanceFields(type);
    promised.add(
        new LombokPromise(
            type.getQualifiedName().toString(), LombokPromise.CONSTRUCTOR, fields.size()));
    return Optional.of(fields.stream().map(f -> f.getSimpleName().toString()).toList());
  }

  /**
   * The class's instance fields, in declaration order: the order of Lombok's all-arguments
   * constructor.
   */
  public static List<VariableElement> instanceFields(TypeElement type) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
        .toList();
  }

  private static List<String> parameterNames(ExecutableElement constructor) {
    for (AnnotationMirror mirror : constructor.getAnnotationMirrors()) {
      if (Annotations.isAnnotation(mirror, Annotations.CONSTRUCTOR_PROPERTIES)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
            mirror.getElementValues().entrySet()) {
          if (entry.getValue().getValue() instanceof List<?> values) {
            return values.stream()
                .map(v -> String.valueOf(((AnnotationValue) v).getValue()))
                .toList();
          }
        }
      }
    }
    return constructor.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
  }

  private static boolean extendsObject(TypeElement type) {
    return type.getSuperclass().getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type.getSuperclass()).asElement())
            .getQualifiedName()
            .contentEquals("java.lang.Object");
  }
}
