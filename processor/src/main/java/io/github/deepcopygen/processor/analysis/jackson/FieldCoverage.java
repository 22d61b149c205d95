package io.github.deepcopygen.processor.analysis.jackson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Which fields of a class its JSON properties reach, and so which ones a copy cannot write. */
final class FieldCoverage {
  private FieldCoverage() {}

  /**
   * The fields of a class Jackson builds through its creator that the creator does not take: final
   * ones too, since the copy has no other way to give them to the object it builds.
   */
  static List<String> notCreated(
      JsonCreators.Creator creator, Map<VariableElement, String> namedFields, Set<String> ignored) {
    List<String> left = new ArrayList<>();
    namedFields.forEach(
        (field, name) -> {
          if (!field.getModifiers().contains(Modifier.STATIC)
              && !field.getModifiers().contains(Modifier.TRANSIENT)
              && !ignored.contains(name)
              && !creator.names().contains(name)) {
            left.add(field.getSimpleName().toString());
          }
        });
    return left;
  }

  /**
   * The fields no property reaches: not static, final or transient, not ignored, and named neither
   * for a property nor (exactly one property of their type being unnamed) otherwise.
   */
  static List<String> unreached(
      Types types,
      DeclaredType self,
      Map<VariableElement, String> namedFields,
      Map<String, JsonProperty> beans,
      Set<String> ignored) {
    List<VariableElement> unnamed = new ArrayList<>();
    Set<String> backed = new HashSet<>();
    namedFields.forEach(
        (field, name) -> {
          if (field.getModifiers().contains(Modifier.STATIC)
              || field.getModifiers().contains(Modifier.FINAL)
              || field.getModifiers().contains(Modifier.TRANSIENT)
              || ignored.contains(name)) {
            return;
          }
          Optional<String> property =
              beans.keySet().stream().filter(name::equalsIgnoreCase).findFirst();
          if (property.isPresent()) {
            backed.add(property.get());
          } else {
            unnamed.add(field);
          }
        });
    List<String> unreached = new ArrayList<>();
    for (VariableElement field : unnamed) {
      // A field named otherwise than its property (fabric8's Duration keeps getDuration() in
      // javaDuration) is reached when exactly one property that no field is named for has its type.
      TypeMirror fieldType = types.asMemberOf(self, field);
      List<String> candidates =
          beans.values().stream()
              .filter(bean -> !backed.contains(bean.property().name()))
              .filter(bean -> types.isSameType(bean.property().type(), fieldType))
              .map(bean -> bean.property().name())
              .toList();
      if (candidates.size() == 1) {
        backed.add(candidates.get(0));
      } else {
        unreached.add(field.getSimpleName().toString());
      }
    }
    return unreached;
  }
}
