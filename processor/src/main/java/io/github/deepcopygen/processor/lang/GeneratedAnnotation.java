package io.github.deepcopygen.processor.lang;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.Directive;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Decides whether a copier may carry {@code @javax.annotation.processing.Generated}: only when the
 * user has not turned it off and the copied type's module can read java.compiler. That the type
 * merely exists is not enough: {@code --add-modules java.compiler} resolves it for a module that
 * cannot read it.
 */
public final class GeneratedAnnotation {
  public static final String NAME = "javax.annotation.processing.Generated";

  private final Elements elements;
  private final boolean enabled;

  public GeneratedAnnotation(Elements elements, boolean enabled) {
    this.elements = elements;
    this.enabled = enabled;
  }

  public boolean allowedFor(Element type) {
    if (!enabled) {
      return false;
    }
    ModuleElement module = elements.getModuleOf(type);
    if (module == null || module.isUnnamed()) {
      // The unnamed module reads every module in the graph.
      return elements.getTypeElement(NAME) != null;
    }
    TypeElement generated = elements.getTypeElement(module, NAME);
    return generated != null && reads(module, elements.getModuleOf(generated));
  }

  /**
   * ECJ (3.46) throws a NullPointerException for the directives of a module it loaded from the
   * module path without a descriptor (an automatic module); such a module requires nothing we could
   * follow.
   */
  private static List<? extends Directive> directivesOf(ModuleElement module) {
    try {
      return module.getDirectives();
    } catch (RuntimeException ecjAutomaticModule) {
      return List.of();
    }
  }

  /** Implied readability: a module reads what it requires, and what those require transitively. */
  private static boolean reads(ModuleElement reader, ModuleElement target) {
    if (target == null || reader.equals(target)) {
      return target != null;
    }
    Deque<ModuleElement> pending = new ArrayDeque<>();
    Set<ModuleElement> seen = new HashSet<>();
    boolean direct = true;
    pending.add(reader);
    while (!pending.isEmpty()) {
      ModuleElement module = pending.poll();
      for (ModuleElement.RequiresDirective requires :
          ElementFilter.requiresIn(directivesOf(module))) {
        if (!direct && !requires.isTransitive()) {
          continue;
        }
        ModuleElement dependency = requires.getDependency();
        if (dependency.equals(target)) {
          return true;
        }
        if (seen.add(dependency)) {
          pending.add(dependency);
        }
      }
      direct = false;
    }
    return false;
  }
}
