package io.github.deepcopygen.processor;

import io.github.deepcopygen.processor.analysis.Target;
import io.github.deepcopygen.processor.analysis.TypeAnalyzer;
import io.github.deepcopygen.processor.lang.Annotations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The one queue of copier targets through the rounds: {@code @DeepCopy} types and the classes
 * packages list in {@code @DeepCopy.Include} alike. A target that must wait for a later round is
 * kept by name, as auto-common's {@code BasicAnnotationProcessor} keeps its deferred elements: an
 * {@code Element} of an earlier round must not be used in a later one.
 */
final class TargetQueue {
  /** A deferred target by name: its type, and for an included class the package that lists it. */
  private record Waiting(String type, Optional<String> site) {}

  private final Set<Waiting> waiting = new LinkedHashSet<>();

  /**
   * This round's targets: included classes first, then {@code @DeepCopy} types, those that waited
   * before the new ones of each kind.
   */
  List<Target> take(
      Set<? extends TypeElement> annotations,
      RoundEnvironment round,
      Elements elements,
      TypeAnalyzer analyzer) {
    Set<PackageElement> sites = new LinkedHashSet<>();
    Set<String> waitingIncluded = new LinkedHashSet<>();
    Set<TypeElement> annotated = new LinkedHashSet<>();
    for (Waiting target : waiting) {
      if (target.site().isPresent()) {
        PackageElement site = elements.getPackageElement(target.site().get());
        if (site != null) {
          sites.add(site);
          waitingIncluded.add(target.type());
        }
      } else {
        TypeElement type = elements.getTypeElement(target.type());
        if (type != null) {
          annotated.add(type);
        }
      }
    }
    Set<PackageElement> waitedIn = Set.copyOf(sites);
    waiting.clear();
    // The annotation as this round presents it: ECJ's own lookup by name can fail in a named
    // module.
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(Annotations.DEEP_COPY)) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          annotated.add((TypeElement) element);
        }
      } else if (annotation.getQualifiedName().contentEquals(Annotations.INCLUDE)) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          sites.add((PackageElement) element);
        }
      }
    }
    List<Target> targets = new ArrayList<>();
    for (PackageElement site : sites) {
      for (Target target : analyzer.included(site)) {
        // A package met again only for its waiting classes: the others have their copiers already.
        if (!waitedIn.contains(site) || waitingIncluded.contains(nameOf(target))) {
          targets.add(target);
        }
      }
    }
    for (TypeElement type : annotated) {
      targets.add(analyzer.annotated(type));
    }
    return targets;
  }

  /** Keeps {@code target} for the next round. */
  void defer(Target target) {
    waiting.add(new Waiting(nameOf(target), target.indexedIn().map(TargetQueue::nameOf)));
  }

  /** Whether a class that {@code site} includes waits for a later round. */
  boolean waitsIn(PackageElement site) {
    String name = nameOf(site);
    return waiting.stream().anyMatch(target -> target.site().filter(name::equals).isPresent());
  }

  private static String nameOf(Target target) {
    return target.type().getQualifiedName().toString();
  }

  private static String nameOf(PackageElement site) {
    return site.getQualifiedName().toString();
  }
}
