package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.function.Function;

/**
 * The copy of a value within a graph copy: a graph type's {@code deepCopyGraph}, a helper that
 * looks the value up among the copies made so far before it copies anything, or, for a value whose
 * parts the tree copy copies (a {@code @DeepCopy} type that is no graph type, a JDK value), that
 * copy made once.
 */
final class GraphInlineCopy implements CopyStrategy.Visitor<InlineCopy.Result> {
  private final CodeBlock source;
  private final Function<CopyStrategy.UseCopier, CodeBlock> arguments;
  private final Function<CopyStrategy, CodeBlock> leaf;

  /**
   * @param arguments renders {@code , op1, op2, copies} for a copier's call
   * @param leaf renders the tree copy of the value made once
   */
  GraphInlineCopy(
      CodeBlock source,
      Function<CopyStrategy.UseCopier, CodeBlock> arguments,
      Function<CopyStrategy, CodeBlock> leaf) {
    this.source = source;
    this.arguments = arguments;
    this.leaf = leaf;
  }

  private InlineCopy.Result once(CopyStrategy strategy) {
    return new InlineCopy.NullSafe(leaf.apply(strategy));
  }

  @Override
  public InlineCopy.Result share(CopyStrategy.Share share) {
    return new InlineCopy.NullSafe(source);
  }

  @Override
  public InlineCopy.Result useCopier(CopyStrategy.UseCopier use) {
    return use.graph()
        ? new InlineCopy.NullSafe(
            CodeBlock.of("$T.deepCopyGraph($L$L)", use.copier(), source, arguments.apply(use)))
        : once(use);
  }

  @Override
  public InlineCopy.Result callDeepCopyMethod(CopyStrategy.CallDeepCopyMethod call) {
    return once(call);
  }

  @Override
  public InlineCopy.Result applyOperator(CopyStrategy.ApplyOperator apply) {
    return once(apply);
  }

  @Override
  public InlineCopy.Result callUsesMethod(CopyStrategy.CallUsesMethod call) {
    return once(call);
  }

  @Override
  public InlineCopy.Result cloneValue(CopyStrategy.CloneValue value) {
    return once(value);
  }

  @Override
  public InlineCopy.Result newAtomic(CopyStrategy.NewAtomic atomic) {
    return once(atomic);
  }

  @Override
  public InlineCopy.Result copyJsonTree(CopyStrategy.CopyJsonTree tree) {
    // A JSON tree is a tree: Jackson never shares its nodes.
    return once(tree);
  }

  @Override
  public InlineCopy.Result copyArray(CopyStrategy.CopyArray array) {
    return new InlineCopy.NeedsHelper(array);
  }

  @Override
  public InlineCopy.Result copyCollection(CopyStrategy.CopyCollection collection) {
    return new InlineCopy.NeedsHelper(collection);
  }

  @Override
  public InlineCopy.Result copyMap(CopyStrategy.CopyMap map) {
    return new InlineCopy.NeedsHelper(map);
  }

  @Override
  public InlineCopy.Result copyOptional(CopyStrategy.CopyOptional optional) {
    return new InlineCopy.NeedsHelper(optional);
  }

  @Override
  public InlineCopy.Result rebuildRecord(CopyStrategy.RebuildRecord record) {
    return new InlineCopy.NeedsHelper(record);
  }

  @Override
  public InlineCopy.Result dispatch(CopyStrategy.Dispatch dispatch) {
    return new InlineCopy.NeedsHelper(dispatch);
  }
}
