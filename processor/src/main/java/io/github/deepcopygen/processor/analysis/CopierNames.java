package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/** The contract's naming: {@code p.Foo} is copied by {@code p.FooDeepCopy}, {@code p.Outer.Inner} by {@code p.Outer_InnerDeepCopy}. */
public final class CopierNames {
  private CopierNames() {}

  public static ClassName copierOf(TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(name.packageName(), String.join("_", name.simpleNames()) + "DeepCopy");
  }
}
