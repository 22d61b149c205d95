package io.github.deepcopygen.processor.lang;

import java.util.function.Predicate;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** The one check for a constructor without parameters that a copier's package may call. */
public final class Constructors {
  private Constructors() {}

  public static boolean hasVisibleNoArg(TypeElement type, String copierPackage) {
    return hasVisibleNoArg(type, copierPackage, constructor -> true);
  }

  /** As {@link #hasVisibleNoArg(TypeElement, String)}, counting only the constructors {@code counted} accepts. */
  public static boolean hasVisibleNoArg(TypeElement type, String copierPackage,
      Predicate<ExecutableElement> counted) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && Visibility.isVisibleFrom(constructor, copierPackage)
          && counted.test(constructor)) {
        return true;
      }
    }
    return false;
  }
}
