package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.analysis.lombok.Lombok;
import io.github.deepcopygen.processor.analysis.lombok.LombokAccessors;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.diagnostics.Explanation;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.lang.JavaBeans;
import io.github.deepcopygen.processor.lang.MethodsByName;
import io.github.deepcopygen.processor.lang.Property;
import io.github.deepcopygen.processor.lang.Visibility;
import io.github.deepcopygen.processor.model.FieldAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides how the copier reaches a field (the README's "What is generated"): the field itself when
 * the copier can see and assign it, else its JavaBeans getter and setter.
 */
final class AccessResolver {
  private final Types types;
  private final TypeElement target;
  private final String copierPackage;
  private final String copierName;
  private final MethodsByName methods;
  private final List<LombokPromise> promises = new ArrayList<>();

  AccessResolver(Types types, Elements elements, TypeElement target, String copierName) {
    this.types = types;
    this.target = target;
    this.copierPackage = Visibility.packageOf(target).getQualifiedName().toString();
    this.copierName = copierName;
    this.methods =
        new MethodsByName(
            ElementFilter.methodsIn(elements.getAllMembers(target)).stream()
                .filter(m -> !m.getModifiers().contains(Modifier.STATIC))
                .filter(m -> Visibility.isVisibleFrom(m, copierPackage))
                .toList());
  }

  /** The access to use, or the problem that prevents any. */
  sealed interface Verdict {}

  record Granted(FieldAccess access) implements Verdict {}

  record Blocked(Problem problem) implements Verdict {}

  /** The getter that reads a final field of a class built through its constructor (rule 10). */
  record ReadThrough(String getter) implements Verdict {}

  /** Whether the copier can read the field itself. */
  boolean canSee(Property property) {
    return Visibility.isVisibleFrom(property.element(), copierPackage)
        && property.hiddenIn().isEmpty();
  }

  /** How the copier reads a field it cannot see: its getter, found or promised by Lombok. */
  Verdict getterOf(Property property) {
    Optional<ExecutableElement> getter = findGetter(property);
    if (getter.isPresent()) {
      return new ReadThrough(getter.get().getSimpleName().toString());
    }
    if (property.element() instanceof VariableElement field
        && Lombok.marks((TypeElement) field.getEnclosingElement())) {
      Optional<String> written = writtenGetter(field, property);
      if (written.isPresent()) {
        return new ReadThrough(written.get());
      }
      Optional<String> named = LombokAccessors.getter(field);
      if (named.isPresent()) {
        promises.add(
            new LombokPromise(
                ((TypeElement) field.getEnclosingElement()).getQualifiedName().toString(),
                named.get(),
                0));
        return new ReadThrough(named.get());
      }
    }
    String getterSignature = getterName(property) + "()";
    return new Blocked(
        Problem.of(
            Message.INACCESSIBLE_FIELD,
            property.element(),
            property.name(),
            target.getSimpleName(),
            "read",
            copierName,
            Explanation.of(
                Reason.PRIVATE_WITHOUT_GETTER,
                getterSignature,
                property.type().toString(),
                getterSignature)));
  }

  Verdict resolve(Property property) {
    boolean visible =
        Visibility.isVisibleFrom(property.element(), copierPackage)
            && property
                .hiddenIn()
                .map(view -> Visibility.isVisibleFrom(view.asElement(), copierPackage))
                .orElse(true);
    boolean isFinal = property.element().getModifiers().contains(Modifier.FINAL);
    if (visible && !isFinal) {
      return new Granted(
          new FieldAccess.Direct(property.name(), property.hiddenIn().map(TypeName::get)));
    }
    Optional<ExecutableElement> getter = findGetter(property);
    String setterName = JavaBeans.setterName(property.name());
    Optional<ExecutableElement> setter = findSetter(setterName, property.type());
    Optional<FieldAccess.Bean> promised = lombokAccess(property, getter, setter, setterName);
    if (promised.isPresent()) {
      return new Granted(promised.get());
    }
    Optional<ExecutableElement> overriding =
        Stream.concat(getter.stream(), setter.stream())
            .filter(method -> property.hiddenIn().isPresent() && isBelow(method, property))
            .findFirst();
    if (overriding.isPresent()) {
      TypeElement owner = (TypeElement) overriding.get().getEnclosingElement();
      return new Blocked(
          Problem.of(
              Message.INACCESSIBLE_FIELD,
              property.element(),
              property.name(),
              ((TypeElement) property.element().getEnclosingElement()).getSimpleName(),
              "read or written",
              copierName,
              Explanation.of(
                  Reason.ACCESSORS_OVERRIDDEN,
                  owner.getSimpleName(),
                  property.name(),
                  overriding.get().getSimpleName() + "()",
                  owner.getSimpleName(),
                  property.name(),
                  copierPackage)));
    }
    if (getter.isPresent() && setter.isPresent()) {
      return new Granted(new FieldAccess.Bean(getter.get().getSimpleName().toString(), setterName));
    }
    String type = property.type().toString();
    String getterSignature = getterName(property) + "()";
    String setterSignature = setterName + "(" + simpleTypeName(property.type()) + ")";
    String verb;
    Explanation explanation;
    if (isFinal) {
      verb = "written";
      explanation = Explanation.of(Reason.FINAL_WITHOUT_SETTER, setterSignature);
    } else if (getter.isEmpty() && setter.isEmpty()) {
      verb = "read or written";
      explanation =
          Explanation.of(
              Reason.PRIVATE_WITHOUT_ACCESSORS,
              getterSignature,
              setterSignature,
              getterSignature,
              setterSignature);
    } else if (getter.isEmpty()) {
      verb = "read";
      explanation =
          Explanation.of(Reason.PRIVATE_WITHOUT_GETTER, getterSignature, type, getterSignature);
    } else {
      verb = "written";
      explanation = Explanation.of(Reason.PRIVATE_WITHOUT_SETTER, setterSignature, setterSignature);
    }
    return new Blocked(
        Problem.of(
            Message.INACCESSIBLE_FIELD,
            property.element(),
            property.name(),
            target.getSimpleName(),
            verb,
            copierName,
            explanation));
  }

  /** The members Lombok has yet to write that the accesses found so far call. */
  List<LombokPromise> promises() {
    return List.copyOf(promises);
  }

  /**
   * The accessors of a field of a Lombok class when deepcopy-gen runs before Lombok: what is there,
   * and what Lombok will write, which the next round checks.
   */
  private Optional<FieldAccess.Bean> lombokAccess(
      Property property,
      Optional<ExecutableElement> getter,
      Optional<ExecutableElement> setter,
      String setterName) {
    if ((getter.isPresent() && setter.isPresent())
        || !(property.element() instanceof VariableElement field)
        || property.hiddenIn().isPresent()
        || !Lombok.marks((TypeElement) field.getEnclosingElement())) {
      return Optional.empty();
    }
    Optional<String> writtenGetter =
        getter.map(g -> g.getSimpleName().toString()).or(() -> writtenGetter(field, property));
    Optional<String> writtenSetter =
        setter.map(x -> setterName).or(() -> writtenSetter(field, property));
    Optional<String> getterName = writtenGetter.or(() -> LombokAccessors.getter(field));
    Optional<String> setterNamed = writtenSetter.or(() -> LombokAccessors.setter(field));
    if (getterName.isEmpty() || setterNamed.isEmpty()) {
      return Optional.empty();
    }
    String owner = ((TypeElement) field.getEnclosingElement()).getQualifiedName().toString();
    if (writtenGetter.isEmpty()) {
      promises.add(new LombokPromise(owner, getterName.get(), 0));
    }
    if (writtenSetter.isEmpty()) {
      promises.add(new LombokPromise(owner, setterNamed.get(), 1));
    }
    return Optional.of(new FieldAccess.Bean(getterName.get(), setterNamed.get()));
  }

  /**
   * The getter Lombok has written already, when it ran first: named as its annotations say, or like
   * the field, as a {@code lombok.config} with {@code lombok.accessors.fluent} names it.
   */
  private Optional<String> writtenGetter(VariableElement field, Property property) {
    return LombokAccessors.writtenGetterNames(field).stream()
        .filter(name -> lombokGetter(name, property).isPresent())
        .findFirst();
  }

  /** The setter Lombok has written already, named as its annotations say or like the field. */
  private Optional<String> writtenSetter(VariableElement field, Property property) {
    return LombokAccessors.writtenSetterNames(field).stream()
        .filter(name -> findSetter(name, property.type()).isPresent())
        .findFirst();
  }

  /** {@code isX} for a {@code boolean}, as JavaBeans names it; {@code getX} for anything else. */
  private static String getterName(Property property) {
    return property.type().getKind() == TypeKind.BOOLEAN
        ? JavaBeans.booleanGetterName(property.name())
        : JavaBeans.getterName(property.name());
  }

  /** Whether {@code method} is declared below the class that declares the property's field. */
  private boolean isBelow(ExecutableElement method, Property property) {
    TypeMirror owner = method.getEnclosingElement().asType();
    TypeMirror declaring = property.element().getEnclosingElement().asType();
    return !types.isSameType(types.erasure(owner), types.erasure(declaring))
        && types.isSubtype(types.erasure(owner), types.erasure(declaring));
  }

  private Optional<ExecutableElement> findGetter(Property property) {
    return JavaBeans.find(
        types, (DeclaredType) target.asType(), methods, property.name(), property.type());
  }

  private Optional<ExecutableElement> lombokGetter(String name, Property property) {
    return JavaBeans.named(types, (DeclaredType) target.asType(), methods, name, property.type());
  }

  private Optional<ExecutableElement> findSetter(String name, TypeMirror type) {
    for (ExecutableElement method : methods.named(name)) {
      if (method.getParameters().size() == 1
          && types.isSameType(memberType(method).getParameterTypes().get(0), type)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  private ExecutableType memberType(ExecutableElement method) {
    return (ExecutableType) types.asMemberOf((DeclaredType) target.asType(), method);
  }

  private static String simpleTypeName(TypeMirror type) {
    return type.toString().replaceAll("\\b[a-z][\\w]*\\.", "");
  }
}
