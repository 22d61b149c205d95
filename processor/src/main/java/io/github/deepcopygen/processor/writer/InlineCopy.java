package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.function.Function;

/**
 * The copy of a value known not to be null, as one expression where a strategy allows it ({@code
 * x.clone()}, {@code new ArrayList<>(x)}), or the helper a strategy needs for its statements.
 */
final class InlineCopy implements CopyStrategy.Visitor<InlineCopy.Result> {
  /**
   * An expression, or the strategy whose helper must be called; {@link #fold} reaches each kind.
   */
  sealed interface Result {
    <R> R fold(
        Function<CodeBlock, R> expression,
        Function<CopyStrategy.Looped, R> needsHelper,
        Function<CodeBlock, R> nullSafe);
  }

  /** The copy as an expression of a non-null source, which names it once. */
  record Expression(CodeBlock code) implements Result {
    @Override
    public <R> R fold(
        Function<CodeBlock, R> expression,
        Function<CopyStrategy.Looped, R> needsHelper,
        Function<CodeBlock, R> nullSafe) {
      return expression.apply(code);
    }
  }

  /** The copy needs a helper method. */
  record NeedsHelper(CopyStrategy.Looped strategy) implements Result {
    @Override
    public <R> R fold(
        Function<CodeBlock, R> expression,
        Function<CopyStrategy.Looped, R> needsHelper,
        Function<CodeBlock, R> nullSafe) {
      return needsHelper.apply(strategy);
    }
  }

  /** Already the whole copy, null included: the source itself, or a copier's null-safe call. */
  record NullSafe(CodeBlock code) implements Result {
    @Override
    public <R> R fold(
        Function<CodeBlock, R> expression,
        Function<CopyStrategy.Looped, R> needsHelper,
        Function<CodeBlock, R> nullSafe) {
      return nullSafe.apply(code);
    }
  }

  private final CodeBlock source;
  private final Function<CopyStrategy.UseCopier, CodeBlock> operatorArguments;

  /**
   * @param operatorArguments renders {@code , op1, op2} for a generic copier's call
   */
  InlineCopy(CodeBlock source, Function<CopyStrategy.UseCopier, CodeBlock> operatorArguments) {
    this.source = source;
    this.operatorArguments = operatorArguments;
  }

  @Override
  public Result share(CopyStrategy.Share share) {
    return new NullSafe(source);
  }

  @Override
  public Result useCopier(CopyStrategy.UseCopier use) {
    CodeBlock value =
        use.castTo().map(cast -> CodeBlock.of("($T) $L", cast, source)).orElse(source);
    return new NullSafe(
        CodeBlock.of("$T.deepCopy($L$L)", use.copier(), value, operatorArguments.apply(use)));
  }

  @Override
  public Result callDeepCopyMethod(CopyStrategy.CallDeepCopyMethod call) {
    return new Expression(CodeBlock.of("$L.deepCopy()", source));
  }

  @Override
  public Result applyOperator(CopyStrategy.ApplyOperator apply) {
    return new Expression(CodeBlock.of("$N.apply($L)", apply.operator(), source));
  }

  @Override
  public Result callUsesMethod(CopyStrategy.CallUsesMethod call) {
    return new Expression(CodeBlock.of("$T.$N($L)", call.owner(), call.method(), source));
  }

  @Override
  public Result cloneValue(CopyStrategy.CloneValue value) {
    return new Expression(CodeBlock.of("($T) $L.clone()", value.type(), source));
  }

  @Override
  public Result newAtomic(CopyStrategy.NewAtomic atomic) {
    return new Expression(CodeBlock.of("new $T($L.get())", atomic.type(), source));
  }

  @Override
  public Result copyJsonTree(CopyStrategy.CopyJsonTree tree) {
    return new NeedsHelper(tree);
  }

  @Override
  public Result copyArray(CopyStrategy.CopyArray array) {
    return array.clonesWhole()
        ? new Expression(CodeBlock.of("$L.clone()", source))
        : new NeedsHelper(array);
  }

  @Override
  public Result copyCollection(CopyStrategy.CopyCollection collection) {
    CodeBlock whole =
        NewCollections.copyConstructor(collection.creation(), collection.implementation(), source);
    return collection.element() instanceof CopyStrategy.Share
            && !collection.exactClass()
            && whole != null
        ? new Expression(whole)
        : new NeedsHelper(collection);
  }

  @Override
  public Result copyMap(CopyStrategy.CopyMap map) {
    CodeBlock whole = NewCollections.copyConstructor(map.creation(), map.implementation(), source);
    return map.value() instanceof CopyStrategy.Share && !map.exactClass() && whole != null
        ? new Expression(whole)
        : new NeedsHelper(map);
  }

  @Override
  public Result copyOptional(CopyStrategy.CopyOptional optional) {
    return new NeedsHelper(optional);
  }

  @Override
  public Result rebuildRecord(CopyStrategy.RebuildRecord record) {
    return new NeedsHelper(record);
  }

  @Override
  public Result dispatch(CopyStrategy.Dispatch dispatch) {
    return new NeedsHelper(dispatch);
  }
}
