package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.function.Function;

/**
 * The copy of a value within a graph copy: a graph type's {@code deepCopyGraph}, a helper that looks the
 * value up among the copies made so far before it copies anything, or, for a value whose parts the tree
 * copy copies (a {@code @DeepCopy} type that is no graph type, a JDK value), that copy made once.
 */
final class GraphInlineCopy implements CopyStrategy.Visitor<InlineCopy.Rendering> {
  private final CodeBlock source;
  private final Function<CopyStrategy.UseCopier, CodeBlock> arguments;
  private final Function<CopyStrategy, CodeBlock> leaf;

  /**
   * @param arguments renders {@code , op1, op2, copies} for a copier's call
   * @param leaf renders the tree copy of the value made once
   */
  GraphInlineCopy(CodeBlock source, Function<CopyStrategy.UseCopier, CodeBlock> arguments,
      Function<CopyStrategy, CodeBlock> leaf) {
    this.source = source;
    this.arguments = arguments;
    this.leaf = leaf;
  }

  private InlineCopy.Rendering once(CopyStrategy strategy) {
    return new InlineCopy.NullSafe(leaf.apply(strategy));
  }

  @Override
  public InlineCopy.Rendering share(CopyStrategy.Share share) {
    return new InlineCopy.NullSafe(source);
  }

  @Override
  public InlineCopy.Rendering useCopier(CopyStrategy.UseCopier use) {
    return use.graph()
        ? new InlineCopy.NullSafe(
            CodeBlock.of("$T.deepCopyGraph($L$L)", use.copier(), source, arguments.apply(use)))
        : once(use);
  }

  @Override
  public InlineCopy.Rendering callDeepCopyMethod(CopyStrategy.CallDeepCopyMethod call) {
    return once(call);
  }

  @Override
  public InlineCopy.Rendering applyOperator(CopyStrategy.ApplyOperator apply) {
    return once(apply);
  }

  @Override
  public InlineCopy.Rendering callUsesMethod(CopyStrategy.CallUsesMethod call) {
    return once(call);
  }

  @Override
  public InlineCopy.Rendering cloneValue(CopyStrategy.CloneValue value) {
    return once(value);
  }

  @Override
  public InlineCopy.Rendering newAtomic(CopyStrategy.NewAtomic atomic) {
    return once(atomic);
  }

  @Override
  public InlineCopy.Rendering copyJsonTree(CopyStrategy.CopyJsonTree tree) {
    // A JSON tree is a tree: Jackson never shares its nodes.
    return once(tree);
  }

  @Override
  public InlineCopy.Rendering copyArray(CopyStrategy.CopyArray array) {
    return new InlineCopy.NeedsHelper(array);
  }

  @Override
  public InlineCopy.Rendering copyCollection(CopyStrategy.CopyCollection collection) {
    return new InlineCopy.NeedsHelper(collection);
  }

  @Override
  public InlineCopy.Rendering copyMap(CopyStrategy.CopyMap map) {
    return new InlineCopy.NeedsHelper(map);
  }

  @Override
  public InlineCopy.Rendering copyOptional(CopyStrategy.CopyOptional optional) {
    return new InlineCopy.NeedsHelper(optional);
  }

  @Override
  public InlineCopy.Rendering rebuildRecord(CopyStrategy.RebuildRecord record) {
    return new InlineCopy.NeedsHelper(record);
  }

  @Override
  public InlineCopy.Rendering dispatch(CopyStrategy.Dispatch dispatch) {
    return new InlineCopy.NeedsHelper(dispatch);
  }
}
