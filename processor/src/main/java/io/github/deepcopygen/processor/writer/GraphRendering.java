package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.function.Function;

/**
 * The graph copy: each object is looked up in and registered with the map of the copies made so
 * far, {@code copies}, so that shared objects stay shared and cycles stay cycles. Its methods and
 * helpers take that map last and overload the tree copy's.
 */
record GraphRendering(GraphUtilities utilities) implements Rendering {
  @Override
  public String deepCopyName() {
    return "deepCopyGraph";
  }

  @Override
  public String deepCopyIntoName() {
    return "deepCopyGraphInto";
  }

  @Override
  public void addCopiesParameter(MethodSpec.Builder method) {
    method.addParameter(GraphUtilities.COPIES, "copies");
  }

  @Override
  public CodeBlock copiesArgument() {
    return CodeBlock.of(", copies");
  }

  @Override
  public void reserveNames(NameAllocator locals) {
    locals.newName("copies");
    locals.newName("seen");
  }

  @Override
  public void lookUp(CodeBlock.Builder body, TypeName type) {
    // Reached before in this graph copy: the same copy again, so sharing and cycles survive.
    body.add(utilities.returnSeen(type));
  }

  @Override
  public void register(CodeBlock.Builder body) {
    // Registered before its parts are copied, so that a part leading back to in finds out.
    body.addStatement("copies.put(in, out)");
  }

  @Override
  public void returnBuilt(CodeBlock.Builder body, CodeBlock value) {
    // Built after its parts: a part that led back to in made the copy to keep.
    body.add(utilities.returnKept(value));
  }

  @Override
  public void returnNew(CodeBlock.Builder body, TypeName type, CodeBlock value) {
    body.addStatement("$T out = $L", type, value);
    register(body);
    body.addStatement("return out");
  }

  @Override
  public String superIntoName(CopyStrategy.UseCopier superCopier) {
    // A superclass that is no graph type copies its own fields as a tree.
    return superCopier.graph() ? "deepCopyGraphInto" : "deepCopyInto";
  }

  @Override
  public CopyStrategy.Visitor<InlineCopy.Result> inline(
      CodeBlock source,
      Function<CopyStrategy.UseCopier, CodeBlock> copierArguments,
      Function<CopyStrategy, CodeBlock> leaf) {
    return new GraphInlineCopy(source, copierArguments, leaf);
  }

  @Override
  public CodeBlock copierArguments(CopyStrategy.UseCopier use, CodeBlock operators) {
    return use.graph() ? CodeBlock.of("$L, copies", operators) : operators;
  }

  @Override
  public boolean passesOperatorAsIs(CopyStrategy strategy) {
    return strategy instanceof CopyStrategy.Share || strategy instanceof CopyStrategy.ApplyOperator;
  }

  @Override
  public boolean mayReadSourceTwice() {
    return false; // every graph copy is a null-safe call: asking would render (and register) a leaf
  }

  @Override
  public boolean helperForClonedArray() {
    return true;
  }

  @Override
  public String deepCopyJavadoc() {
    return "Returns the copy of {@code in} within one graph copy, whose copies so far {@code copies} holds\n"
        + "by original; for the graph copiers that reach this type.\n";
  }

  @Override
  public String intoJavadoc() {
    return "Overwrites every property of {@code out} with a copy of {@code in}'s within one graph copy,"
        + " whose\ncopies so far {@code copies} holds. Neither may be null.\n";
  }
}
