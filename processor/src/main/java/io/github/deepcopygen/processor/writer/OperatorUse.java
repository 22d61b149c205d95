package io.github.deepcopygen.processor.writer;

import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which of a generic copier's operators a strategy applies, anywhere inside it: a helper must take
 * those.
 */
final class OperatorUse implements CopyStrategy.Visitor<Stream<String>> {
  private static final OperatorUse INSTANCE = new OperatorUse();

  private OperatorUse() {}

  /** The operators {@code strategy} uses, in the order of {@code all}. */
  static List<String> of(CopyStrategy strategy, Set<String> all) {
    Set<String> used = new LinkedHashSet<>();
    strategy.accept(INSTANCE).forEach(used::add);
    List<String> ordered = new ArrayList<>();
    for (String operator : all) {
      if (used.contains(operator)) {
        ordered.add(operator);
      }
    }
    return ordered;
  }

  private static Stream<String> in(CopyStrategy strategy) {
    return strategy.accept(INSTANCE);
  }

  @Override
  public Stream<String> share(CopyStrategy.Share share) {
    return Stream.empty();
  }

  @Override
  public Stream<String> callDeepCopyMethod(CopyStrategy.CallDeepCopyMethod call) {
    return Stream.empty();
  }

  @Override
  public Stream<String> useCopier(CopyStrategy.UseCopier use) {
    return use.operators().stream().flatMap(operator -> in(operator.strategy()));
  }

  @Override
  public Stream<String> applyOperator(CopyStrategy.ApplyOperator apply) {
    return Stream.of(apply.operator());
  }

  @Override
  public Stream<String> callUsesMethod(CopyStrategy.CallUsesMethod call) {
    return Stream.empty();
  }

  @Override
  public Stream<String> cloneValue(CopyStrategy.CloneValue value) {
    return Stream.empty();
  }

  @Override
  public Stream<String> copyJsonTree(CopyStrategy.CopyJsonTree tree) {
    return Stream.empty();
  }

  @Override
  public Stream<String> newAtomic(CopyStrategy.NewAtomic atomic) {
    return Stream.empty();
  }

  @Override
  public Stream<String> copyArray(CopyStrategy.CopyArray array) {
    return in(array.component());
  }

  @Override
  public Stream<String> copyCollection(CopyStrategy.CopyCollection collection) {
    return in(collection.element());
  }

  @Override
  public Stream<String> copyMap(CopyStrategy.CopyMap map) {
    return in(map.value());
  }

  @Override
  public Stream<String> copyOptional(CopyStrategy.CopyOptional optional) {
    return in(optional.value());
  }

  @Override
  public Stream<String> rebuildRecord(CopyStrategy.RebuildRecord record) {
    return record.components().stream().flatMap(component -> in(component.strategy()));
  }

  @Override
  public Stream<String> dispatch(CopyStrategy.Dispatch dispatch) {
    return Stream.concat(
        dispatch.cases().stream().flatMap(c -> in(c.strategy())),
        dispatch.otherwise().stream().flatMap(OperatorUse::in));
  }
}
