package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.lombok.Lombok;
import io.github.deepcopygen.processor.analysis.lombok.LombokAccessors;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.JavaBeans;
import io.github.deepcopygen.processor.lang.MethodsByName;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * How copy rule 10 rebuilds a class of final fields with a mutable one among them: through the
 * constructor that takes each field, each read itself or through its getter; a class that is not
 * final refuses a subclass at run time. A Lombok {@code @Value} class Lombok has not written yet is
 * rebuilt through the constructor and getters it will write, which become promises checked next
 * round.
 */
public final class ValueClassRebuild {
  private final Types types;
  private final Elements elements;
  private final String copierPackage;
  private final List<LombokPromise> promises;

  ValueClassRebuild(
      Types types, Elements elements, String copierPackage, List<LombokPromise> promises) {
    this.types = types;
    this.elements = elements;
    this.copierPackage = copierPackage;
    this.promises = promises;
  }

  /**
   * The rebuild of {@code type}, its fields copied by {@code strategies} (in declaration order).
   */
  Resolution rebuild(
      DeclaredType type,
      List<VariableElement> fields,
      List<TypeMirror> fieldTypes,
      List<CopyStrategy> strategies) {
    TypeElement element = (TypeElement) type.asElement();
    // Lombok's @Value has not run yet when its fields are not final: it writes the constructor and
    // the getters after us, and makes the fields private, so the copy calls what it will write.
    boolean lombokPending = ValueClasses.awaitsLombok(element);
    List<LombokPromise> made = new ArrayList<>();
    Optional<List<String>> order =
        ValueClasses.constructorOrder(element, copierPackage, types, elements, made);
    if (!Visibility.isVisibleFrom(element, copierPackage) || order.isEmpty()) {
      return new Resolution.Unsupported(
          type, Reason.VALUE_CLASS_WITHOUT_CONSTRUCTOR, element.getSimpleName(), copierPackage);
    }
    List<CopyStrategy.Component> components = new ArrayList<>();
    for (String name : order.get()) {
      int i = indexOf(fields, name);
      VariableElement field = fields.get(i);
      TypeName fieldType = TypeName.get(fieldTypes.get(i));
      CopyStrategy strategy = strategies.get(i);
      Optional<CopyStrategy.Component> read = readOf(type, field, fieldType, strategy);
      if (read.isEmpty() && lombokPending) {
        read =
            LombokAccessors.getter(field)
                .map(
                    getter -> {
                      made.add(new LombokPromise(element.getQualifiedName().toString(), getter, 0));
                      return new CopyStrategy.Component(name, getter, true, fieldType, strategy);
                    });
      }
      if (read.isEmpty()) {
        return new Resolution.Unsupported(
            type,
            Reason.VALUE_CLASS_FIELD_HIDDEN,
            name,
            JavaBeans.getterName(name) + "()",
            copierPackage,
            element.getSimpleName());
      }
      components.add(read.get());
    }
    promises.addAll(made);
    boolean subclassable =
        !element.getModifiers().contains(Modifier.FINAL)
            && !(lombokPending && Lombok.makesClassFinal(element));
    return Resolution.resolved(
        new CopyStrategy.RebuildRecord(TypeName.get(type), components, subclassable));
  }

  /**
   * The field itself when the copier can see it (and Lombok will not make it private), else its
   * visible getter: {@code getX}, {@code isX}, or the name Lombok gave it ({@code @Accessors}, or
   * the field's own under {@code lombok.accessors.fluent}).
   */
  private Optional<CopyStrategy.Component> readOf(
      DeclaredType owner, VariableElement field, TypeName type, CopyStrategy strategy) {
    String name = field.getSimpleName().toString();
    TypeElement element = (TypeElement) owner.asElement();
    if (Visibility.isVisibleFrom(field, copierPackage) && !Lombok.makesFieldsPrivate(element)) {
      return Optional.of(new CopyStrategy.Component(name, name, false, type, strategy));
    }
    MethodsByName visible =
        new MethodsByName(
            ElementFilter.methodsIn(element.getEnclosedElements()).stream()
                .filter(
                    m ->
                        !m.getModifiers().contains(Modifier.STATIC)
                            && Visibility.isVisibleFrom(m, copierPackage))
                .toList());
    TypeMirror fieldType = types.asMemberOf(owner, field);
    Optional<ExecutableElement> getter =
        JavaBeans.find(types, owner, visible, name, fieldType)
            .or(
                () ->
                    Lombok.marks(element)
                        ? LombokAccessors.writtenGetterNames(field).stream()
                            .flatMap(
                                lombok ->
                                    JavaBeans.named(types, owner, visible, lombok, fieldType)
                                        .stream())
                            .findFirst()
                        : Optional.empty());
    return getter.map(
        g -> new CopyStrategy.Component(name, g.getSimpleName().toString(), true, type, strategy));
  }

  private static int indexOf(List<VariableElement> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getSimpleName().contentEquals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("no field " + name);
  }
}
