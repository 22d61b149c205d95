package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The classes that one package's {@code @DeepCopy.Include} lists, each with the copier that the package
 * holds for it. Read from the package itself, so it is the same in every round and every compiler.
 */
public final class Includes {
  static final String INCLUDE = "io.github.deepcopygen.DeepCopy.Include";

  /** One listed class, and where it is listed, for diagnostics to point at. */
  public record Entry(
      TypeElement type, ClassName copier, PackageElement site, AnnotationMirror mirror,
      AnnotationValue value) {}

  private final Map<String, Entry> byName;

  private Includes(Map<String, Entry> byName) {
    this.byName = byName;
  }

  /** Nothing listed: for a package without {@code @DeepCopy.Include}. */
  static Includes none() {
    return new Includes(Map.of());
  }

  /** The package's list, in its order; a class listed twice counts once. */
  public static Includes of(PackageElement site) {
    Map<String, Entry> byName = new LinkedHashMap<>();
    for (AnnotationMirror mirror : site.getAnnotationMirrors()) {
      if (!Annotations.isAnnotation(mirror, INCLUDE)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> attribute :
          mirror.getElementValues().entrySet()) {
        for (AnnotationValue value : valuesOf(attribute.getValue())) {
          TypeMirror named = (TypeMirror) value.getValue();
          if (named.getKind() != TypeKind.DECLARED) {
            continue; // a class that does not exist: the compiler reports it already
          }
          TypeElement type = (TypeElement) ((DeclaredType) named).asElement();
          byName.putIfAbsent(type.getQualifiedName().toString(),
              new Entry(type, copierIn(site, type), site, mirror, value));
        }
      }
    }
    return new Includes(byName);
  }

  /** The copier that {@code site} holds for {@code type}: {@code site.FooDeepCopy}, or {@code Outer_Inner…}. */
  static ClassName copierIn(PackageElement site, TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(
        site.getQualifiedName().toString(), String.join("_", name.simpleNames()) + "DeepCopy");
  }

  /** The copier for {@code type}, if the package lists it. */
  Optional<ClassName> copierOf(TypeElement type) {
    return Optional.ofNullable(byName.get(type.getQualifiedName().toString())).map(Entry::copier);
  }

  public List<Entry> entries() {
    return new ArrayList<>(byName.values());
  }

  /** A one-class array may be written without braces; then the value is the class itself. */
  private static List<AnnotationValue> valuesOf(AnnotationValue value) {
    if (value.getValue() instanceof List<?> list) {
      List<AnnotationValue> values = new ArrayList<>();
      for (Object item : list) {
        values.add((AnnotationValue) item);
      }
      return values;
    }
    return List.of(value);
  }
}
