package io.github.deepcopygen.processor.analysis;

import io.github.deepcopygen.processor.lang.Deprecations;
import io.github.deepcopygen.processor.lang.TypeParts;
import io.github.deepcopygen.processor.model.CopyPlan;
import io.github.deepcopygen.processor.model.CopyStrategy;
import io.github.deepcopygen.processor.model.FieldAccess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The warnings a copier's own code raises and suppresses, exactly: ECJ reports a suppression that
 * suppresses nothing, so none is put on by default.
 */
final class SuppressedWarnings {
  private SuppressedWarnings() {}

  /**
   * Whether the copier's code names a raw type: a raw type argument ({@code List<Schema>}), or a
   * raw property whose copy declares a helper or a local of its type; a raw property passed
   * straight to its copier is cast to a parameterized type and names none, which ECJ would call a
   * needless suppression.
   */
  private static boolean namesRawType(
      PropertySources.Collected collected, CopyPlan.Properties planned) {
    Set<String> rawAtTop = new HashSet<>();
    for (PropertySources.SourcedProperty sourced : collected.properties()) {
      TypeMirror type = sourced.property().type();
      if (TypeParts.hasNestedRawUse(type)) {
        return true;
      }
      if (TypeParts.hasRawUse(type)) {
        rawAtTop.add(sourced.property().name());
      }
    }
    return planned.fields().stream()
        .filter(field -> rawAtTop.contains(field.name()))
        .anyMatch(
            field ->
                !(field.strategy() instanceof CopyStrategy.UseCopier)
                    || field.access() instanceof FieldAccess.Filled
                    || field.access() instanceof FieldAccess.AnyProperties
                    || (field.access() instanceof FieldAccess.Bean bean && bean.nullSkipped()));
  }

  /**
   * What the copier suppresses: the unchecked casts of raw or wildcard uses, and a library's
   * deprecations, whose properties it copies all the same.
   */
  static List<String> of(
      Target target,
      PropertySources.Collected collected,
      CopyPlan.Properties planned,
      Types types,
      Elements elements) {
    List<String> suppressed = new ArrayList<>();
    if (namesRawType(collected, planned)) {
      suppressed.add("rawtypes");
    }
    if (collected.properties().stream()
        .anyMatch(p -> TypeParts.hasRawOrWildcardUse(p.property().type()))) {
      suppressed.add("unchecked");
    }
    if (target.library()) {
      // What the copier names: the class, its accessors, the classes of its properties and the
      // included subclasses a property's copy dispatches to.
      List<Element> used = new ArrayList<>();
      used.add(target.type());
      Set<String> accessors = new HashSet<>();
      for (PropertySources.SourcedProperty sourced : collected.properties()) {
        used.add(sourced.property().element());
        sourced
            .access()
            .ifPresent(
                access ->
                    access.fold(
                        direct -> accessors.add(direct.field()),
                        bean -> accessors.add(bean.setter()),
                        any -> accessors.add(any.setter()),
                        filled -> false));
        for (DeclaredType part : TypeParts.of(sourced.property().type())) {
          TypeElement element = (TypeElement) part.asElement();
          used.add(element);
          used.addAll(target.includes().concreteSubclassesOf(element, types));
        }
      }
      for (Element member : elements.getAllMembers(target.type())) {
        if (accessors.contains(member.getSimpleName().toString())) {
          used.add(member);
        }
      }
      suppressed.addAll(Deprecations.warningsFor(used));
    }
    return suppressed;
  }
}
