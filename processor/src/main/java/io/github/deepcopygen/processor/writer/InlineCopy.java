package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.function.Function;

/**
 * The copy of a value known not to be null, as one expression where a strategy allows it ({@code x.clone()},
 * {@code new ArrayList<>(x)}), or the helper a strategy needs for its statements.
 */
final class InlineCopy implements CopyStrategy.Visitor<InlineCopy.Rendering> {
  /** An expression, or the strategy whose helper must be called; {@link #fold} reaches each kind. */
  sealed interface Rendering {
    <R> R fold(Function<CodeBlock, R> expression, Function<CopyStrategy.Looped, R> needsHelper,
        Function<CodeBlock, R> nullSafe);
  }

  /** The copy as an expression of a non-null source, which names it once. */
  record Expression(CodeBlock code) implements Rendering {
    @Override
    public <R> R fold(Function<CodeBlock, R> expression, Function<CopyStrategy.Looped, R> needsHelper,
        Function<CodeBlock, R> nullSafe) {
      return expression.apply(code);
    }
  }

  /** The copy needs a helper method. */
  record NeedsHelper(CopyStrategy.Looped strategy) implements Rendering {
    @Override
    public <R> R fold(Function<CodeBlock, R> expression, Function<CopyStrategy.Looped, R> needsHelper,
        Function<CodeBlock, R> nullSafe) {
      return needsHelper.apply(strategy);
    }
  }

  /** Already the whole copy, null included: the source itself, or a copier's null-safe call. */
  record NullSafe(CodeBlock code) implements Rendering {
    @Override
    public <R> R fold(Function<CodeBlock, R> expression, Function<CopyStrategy.Looped, R> needsHelper,
        Function<CodeBlock, R> nullSafe) {
      return nullSafe.apply(code);
    }
  }

  private final CodeBlock source;
  private final Function<CopyStrategy.UseCopier, CodeBlock> operatorArguments;

  /** @param operatorArguments renders {@code , op1, op2} for a generic copier's call */
  InlineCopy(CodeBlock source, Function<CopyStrategy.UseCopier, CodeBlock> operatorArguments) {
    this.source = source;
    this.operatorArguments = operatorArguments;
  }

  @Override
  public Rendering share(CopyStrategy.Share share) {
    return new NullSafe(source);
  }

  @Override
  public Rendering useCopier(CopyStrategy.UseCopier use) {
    return new NullSafe(
        CodeBlock.of("$T.deepCopy($L$L)", use.copier(), source, operatorArguments.apply(use)));
  }

  @Override
  public Rendering callDeepCopyMethod(CopyStrategy.CallDeepCopyMethod call) {
    return new Expression(CodeBlock.of("$L.deepCopy()", source));
  }

  @Override
  public Rendering applyOperator(CopyStrategy.ApplyOperator apply) {
    return new Expression(CodeBlock.of("$N.apply($L)", apply.operator(), source));
  }

  @Override
  public Rendering callUsesMethod(CopyStrategy.CallUsesMethod call) {
    return new Expression(CodeBlock.of("$T.$N($L)", call.owner(), call.method(), source));
  }

  @Override
  public Rendering cloneValue(CopyStrategy.CloneValue value) {
    return new Expression(CodeBlock.of("($T) $L.clone()", value.type(), source));
  }

  @Override
  public Rendering newAtomic(CopyStrategy.NewAtomic atomic) {
    return new Expression(CodeBlock.of("new $T($L.get())", atomic.type(), source));
  }

  @Override
  public Rendering copyJsonTree(CopyStrategy.CopyJsonTree tree) {
    return new NeedsHelper(tree);
  }

  @Override
  public Rendering copyArray(CopyStrategy.CopyArray array) {
    return array.clonesWhole()
        ? new Expression(CodeBlock.of("$L.clone()", source))
        : new NeedsHelper(array);
  }

  @Override
  public Rendering copyCollection(CopyStrategy.CopyCollection collection) {
    CodeBlock whole = HelperBodies.copyConstructor(
        collection.creation(), collection.implementation(), source);
    return collection.element() instanceof CopyStrategy.Share && !collection.exactClass() && whole != null
        ? new Expression(whole)
        : new NeedsHelper(collection);
  }

  @Override
  public Rendering copyMap(CopyStrategy.CopyMap map) {
    CodeBlock whole = HelperBodies.copyConstructor(map.creation(), map.implementation(), source);
    return map.value() instanceof CopyStrategy.Share && !map.exactClass() && whole != null
        ? new Expression(whole)
        : new NeedsHelper(map);
  }

  @Override
  public Rendering copyOptional(CopyStrategy.CopyOptional optional) {
    return new NeedsHelper(optional);
  }

  @Override
  public Rendering rebuildRecord(CopyStrategy.RebuildRecord record) {
    return new NeedsHelper(record);
  }

  @Override
  public Rendering dispatch(CopyStrategy.Dispatch dispatch) {
    return new NeedsHelper(dispatch);
  }
}
