package io.github.deepcopygen.processor.lang;

import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** The constructors a copier may call: one without parameters, a record's canonical one. */
public final class Constructors {
  private Constructors() {}

  public static boolean hasVisibleNoArg(TypeElement type, String copierPackage) {
    return hasVisibleNoArg(type, copierPackage, constructor -> true);
  }

  /**
   * As {@link #hasVisibleNoArg(TypeElement, String)}, counting only the constructors {@code
   * counted} accepts.
   */
  public static boolean hasVisibleNoArg(
      TypeElement type, String copierPackage, Predicate<ExecutableElement> counted) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && Visibility.isVisibleFrom(constructor, copierPackage)
          && counted.test(constructor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code record}'s canonical constructor exists and a copier in {@code copierPackage} can
   * call it.
   */
  public static boolean hasVisibleCanonical(TypeElement record, String copierPackage, Types types) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(record.getEnclosedElements())) {
      if (constructor.getParameters().size() != components.size()
          || !Visibility.isVisibleFrom(constructor, copierPackage)) {
        continue;
      }
      boolean canonical = true;
      for (int i = 0; i < components.size(); i++) {
        canonical &=
            types.isSameType(
                types.erasure(constructor.getParameters().get(i).asType()),
                types.erasure(components.get(i).asType()));
      }
      if (canonical) {
        return true;
      }
    }
    return false;
  }
}
