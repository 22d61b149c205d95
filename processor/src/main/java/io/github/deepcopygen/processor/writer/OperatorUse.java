package io.github.deepcopygen.processor.writer;

import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which of a generic copier's operators a strategy applies, anywhere inside it: a helper must take those. */
final class OperatorUse {
  private OperatorUse() {}

  /** The operators {@code strategy} uses, in the order of {@code all}. */
  static List<String> of(CopyStrategy strategy, Set<String> all) {
    Set<String> used = new LinkedHashSet<>();
    collect(strategy, used);
    List<String> ordered = new ArrayList<>();
    for (String operator : all) {
      if (used.contains(operator)) {
        ordered.add(operator);
      }
    }
    return ordered;
  }

  private static void collect(CopyStrategy strategy, Set<String> used) {
    if (strategy instanceof CopyStrategy.ApplyOperator apply) {
      used.add(apply.operator());
    } else if (strategy instanceof CopyStrategy.UseCopier use) {
      use.operators().forEach(o -> collect(o.strategy(), used));
    } else if (strategy instanceof CopyStrategy.CopyArray array) {
      collect(array.component(), used);
    } else if (strategy instanceof CopyStrategy.CopyCollection collection) {
      collect(collection.element(), used);
    } else if (strategy instanceof CopyStrategy.CopyMap map) {
      collect(map.value(), used);
    } else if (strategy instanceof CopyStrategy.CopyOptional optional) {
      collect(optional.value(), used);
    } else if (strategy instanceof CopyStrategy.RebuildRecord record) {
      record.components().forEach(c -> collect(c.strategy(), used));
    } else if (strategy instanceof CopyStrategy.Dispatch dispatch) {
      dispatch.cases().forEach(c -> collect(c.strategy(), used));
    }
  }
}
