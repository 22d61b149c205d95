package io.github.deepcopygen.processor.lang;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The contract's naming: {@code p.Foo} is copied by {@code p.FooDeepCopy}, {@code p.Outer.Inner} by
 * {@code p.Outer_InnerDeepCopy}.
 */
public final class CopierNames {
  private CopierNames() {}

  public static ClassName copierOf(TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "DeepCopy");
  }

  /**
   * The @DeepCopy type of the package, top-level or nested, whose copier would be {@code copier}.
   */
  public static Optional<ClassName> annotatedTypeCopiedAs(PackageElement site, ClassName copier) {
    for (TypeElement type : ElementFilter.typesIn(site.getEnclosedElements())) {
      Optional<ClassName> found = annotatedTypeCopiedAs(type, copier);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<ClassName> annotatedTypeCopiedAs(TypeElement type, ClassName copier) {
    if (Annotations.isDeepCopyType(type) && copierOf(type).equals(copier)) {
      return Optional.of(ClassName.get(type));
    }
    for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
      Optional<ClassName> found = annotatedTypeCopiedAs(member, copier);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
