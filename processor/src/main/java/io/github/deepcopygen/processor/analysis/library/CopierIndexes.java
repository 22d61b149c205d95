package io.github.deepcopygen.processor.analysis.library;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeVariableName;
import io.github.deepcopygen.processor.lang.Deprecations;
import io.github.deepcopygen.processor.lang.GeneratedAnnotation;
import io.github.deepcopygen.processor.model.CopierIndex;
import io.github.deepcopygen.processor.model.CopyPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Decides what a package's {@code DeepCopyIndex} holds: the included classes whose copier has a
 * public {@code deepCopy}. Abstract classes have none. A generic library class is copied as its raw
 * uses are, its unknown type arguments as JSON trees; a generic {@code @DeepCopy} class needs an
 * operator per type parameter that a lookup by class cannot supply, and a bounded type parameter
 * takes no JSON tree.
 */
public final class CopierIndexes {
  /** The simple name of every package's index. */
  static final String INDEX = "DeepCopyIndex";

  private CopierIndexes() {}

  /** The index of the package that includes library classes. */
  public static ClassName indexOf(PackageElement site) {
    return ClassName.get(site.getQualifiedName().toString(), INDEX);
  }

  /** The plan's entry in its package's index, if it gets one. */
  public static Optional<CopierIndex.Entry> entryOf(CopyPlan plan) {
    List<TypeVariableName> variables = plan.typeParameters().variables();
    if (plan.construction().shape() != CopyPlan.Shape.CLASS
        || !plan.copied().publicCopier()
        || (!variables.isEmpty() && !plan.copied().library())
        || variables.stream().anyMatch(variable -> !variable.bounds().isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new CopierIndex.Entry(plan.copied().type(), plan.copied().copier(), variables.size()));
  }

  /**
   * The index of {@code site}, its entries in the order of the package's includes, whichever round
   * each copier was written in.
   */
  public static CopierIndex indexOf(
      PackageElement site,
      Includes includes,
      Map<String, CopierIndex.Entry> byClass,
      GeneratedAnnotation generated,
      List<ClassName> jsonNodes) {
    List<CopierIndex.Entry> ordered = new ArrayList<>();
    List<TypeElement> named = new ArrayList<>();
    for (Includes.IncludedClass entry : includes.entries()) {
      CopierIndex.Entry indexed = byClass.get(entry.type().getQualifiedName().toString());
      if (indexed != null) {
        ordered.add(indexed);
        named.add(entry.type());
      }
    }
    return new CopierIndex(
        indexOf(site),
        ordered,
        generated.allowedFor(site),
        Deprecations.warningsFor(named),
        jsonNodes);
  }
}
