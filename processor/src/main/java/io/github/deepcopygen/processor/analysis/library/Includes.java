package io.github.deepcopygen.processor.analysis.library;

import com.palantir.javapoet.ClassName;
import io.github.deepcopygen.processor.lang.Annotations;
import io.github.deepcopygen.processor.lang.CopierNames;
import io.github.deepcopygen.processor.lang.Superclasses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The classes that one package's {@code @DeepCopy.Include} lists, each with the copier that the
 * package holds for it. Read from the package itself, so it is the same in every round and every
 * compiler.
 */
public final class Includes {
  /**
   * One listed class, and where it is listed, for diagnostics to point at; a class a transitive
   * include reached names the listed class it was {@code reachedFrom}.
   */
  public record IncludedClass(
      TypeElement type,
      ClassName copier,
      PackageElement site,
      AnnotationMirror mirror,
      AnnotationValue value,
      Optional<TypeElement> reachedFrom) {

    /** How messages name the class: reached ones say from where. */
    public String described() {
      return type.getQualifiedName()
          + reachedFrom.map(from -> " (reached from " + from.getQualifiedName() + ")").orElse("");
    }
  }

  private final Map<String, IncludedClass> byName;

  /** The fields the package acknowledges the copy leaves alone, as {@code pkg.Class.field}. */
  private final Set<String> uncopied;

  private Includes(Map<String, IncludedClass> byName, Set<String> uncopied) {
    this.byName = byName;
    this.uncopied = uncopied;
  }

  /** Whether the package's {@code uncopiedFields} names {@code field} of {@code type}. */
  public boolean acknowledgesUncopied(TypeElement type, String field) {
    return uncopied.contains(type.getQualifiedName() + "." + field);
  }

  /** Nothing listed: for a package without {@code @DeepCopy.Include}. */
  static Includes none() {
    return new Includes(Map.of(), Set.of());
  }

  /**
   * The package's list, in its order; a class listed twice counts once. With {@code transitive =
   * true}, the library classes the listed ones reach follow, in the order they are reached.
   */
  public static Includes of(PackageElement site, Types types, Elements elements) {
    Map<String, IncludedClass> byName = new LinkedHashMap<>();
    Set<String> uncopied = new LinkedHashSet<>();
    for (AnnotationMirror mirror : site.getAnnotationMirrors()) {
      if (!Annotations.isAnnotation(mirror, Annotations.INCLUDE)) {
        continue;
      }
      boolean transitive = false;
      List<Annotations.NamedClass> listed = new ArrayList<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> attribute :
          mirror.getElementValues().entrySet()) {
        if (attribute.getKey().getSimpleName().contentEquals("transitive")) {
          transitive = Boolean.TRUE.equals(attribute.getValue().getValue());
          continue;
        }
        if (attribute.getKey().getSimpleName().contentEquals("uncopiedFields")) {
          Annotations.stringsIn(attribute.getValue()).forEach(uncopied::add);
          continue;
        }
        for (Annotations.NamedClass named : Annotations.classesIn(attribute.getValue())) {
          listed.add(named);
        }
      }
      List<IncludedClass> entries = new ArrayList<>();
      for (Annotations.NamedClass named : listed) {
        IncludedClass entry =
            add(byName, named.type(), site, mirror, named.value(), Optional.empty());
        entries.add(entry);
      }
      if (transitive) {
        // A reached class's problems are shown on the listed class it was reached from.
        for (IncludedClass entry : entries) {
          for (TypeElement reached : new ReachedClasses(types, elements).from(entry.type())) {
            add(byName, reached, site, mirror, entry.value(), Optional.of(entry.type()));
          }
        }
      }
    }
    return new Includes(byName, uncopied);
  }

  /** The class's entry: the one already there if it is listed twice or reached again. */
  private static IncludedClass add(
      Map<String, IncludedClass> byName,
      TypeElement type,
      PackageElement site,
      AnnotationMirror mirror,
      AnnotationValue value,
      Optional<TypeElement> reachedFrom) {
    return byName.computeIfAbsent(
        type.getQualifiedName().toString(),
        name ->
            new IncludedClass(
                type, distinctCopier(site, type, byName), site, mirror, value, reachedFrom));
  }

  /**
   * The copier of an included class: {@code FooDeepCopy}, unless a class earlier in the list, or a
   * {@code @DeepCopy} type of the package, has that copier; then the last segment of the class's
   * package goes in front ({@code V1beta1_FooDeepCopy}), and the one before it while the name is
   * taken. fabric8 has such pairs across API versions, and a user cannot list around a class the
   * walk reached. Only when every segment is in front and the name is still taken is the include
   * refused.
   */
  private static ClassName distinctCopier(
      PackageElement site, TypeElement type, Map<String, IncludedClass> taken) {
    ClassName plain = copierIn(site, type);
    String[] segments = ClassName.get(type).packageName().split("\\.");
    String prefix = "";
    ClassName candidate = plain;
    for (int i = segments.length - 1; isTaken(site, candidate, taken) && i >= 0; i--) {
      prefix = capitalized(segments[i]) + prefix;
      candidate = ClassName.get(plain.packageName(), prefix + "_" + plain.simpleName());
    }
    return candidate;
  }

  private static boolean isTaken(
      PackageElement site, ClassName copier, Map<String, IncludedClass> taken) {
    return taken.values().stream().anyMatch(e -> e.copier().equals(copier))
        || CopierNames.annotatedTypeCopiedAs(site, copier).isPresent();
  }

  private static String capitalized(String segment) {
    return Character.toUpperCase(segment.charAt(0)) + segment.substring(1);
  }

  /**
   * The copier that {@code site} holds for {@code type}: {@code site.FooDeepCopy}, or {@code
   * Outer_Inner…}.
   */
  static ClassName copierIn(PackageElement site, TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(
        site.getQualifiedName().toString(), String.join("_", name.simpleNames()) + "DeepCopy");
  }

  /** The copier for {@code type}, if the package lists it. */
  public Optional<ClassName> copierOf(TypeElement type) {
    return Optional.ofNullable(byName.get(type.getQualifiedName().toString()))
        .map(IncludedClass::copier);
  }

  /**
   * The concrete classes the package includes that extend {@code type}, deepest first and otherwise
   * by name, so that a dispatch tries the most specific class first and javac and ECJ agree: the
   * classes a value of the abstract library class {@code type} can be copied as.
   */
  public List<TypeElement> concreteSubclassesOf(TypeElement type, Types types) {
    List<TypeElement> subclasses = new ArrayList<>();
    for (IncludedClass entry : byName.values()) {
      TypeElement candidate = entry.type();
      if (!candidate.equals(type)
          && !candidate.getModifiers().contains(Modifier.ABSTRACT)
          && candidate.getTypeParameters().isEmpty()
          && types.isSubtype(types.erasure(candidate.asType()), types.erasure(type.asType()))) {
        subclasses.add(candidate);
      }
    }
    subclasses.sort(
        Comparator.comparingInt((TypeElement t) -> -Superclasses.of(types, t).links().size())
            .thenComparing(t -> t.getQualifiedName().toString()));
    return subclasses;
  }

  public List<IncludedClass> entries() {
    return new ArrayList<>(byName.values());
  }
}
