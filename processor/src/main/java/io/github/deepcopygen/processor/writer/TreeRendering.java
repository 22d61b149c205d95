package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.function.Function;

/**
 * The tree copy: every object reached is copied anew, which is right for any value without sharing.
 */
record TreeRendering() implements Rendering {
  @Override
  public String deepCopyName() {
    return "deepCopy";
  }

  @Override
  public String deepCopyIntoName() {
    return "deepCopyInto";
  }

  @Override
  public void addCopiesParameter(MethodSpec.Builder method) {}

  @Override
  public CodeBlock copiesArgument() {
    return CodeBlock.of("");
  }

  @Override
  public void reserveNames(NameAllocator locals) {}

  @Override
  public void lookUp(CodeBlock.Builder body, TypeName type) {}

  @Override
  public void register(CodeBlock.Builder body) {}

  @Override
  public void returnBuilt(CodeBlock.Builder body, CodeBlock value) {
    body.addStatement("return $L", value);
  }

  @Override
  public void returnNew(CodeBlock.Builder body, TypeName type, CodeBlock value) {
    body.addStatement("return $L", value);
  }

  @Override
  public String superIntoName(CopyStrategy.UseCopier superCopier) {
    return "deepCopyInto";
  }

  @Override
  public CopyStrategy.Visitor<InlineCopy.Result> inline(
      CodeBlock source,
      Function<CopyStrategy.UseCopier, CodeBlock> copierArguments,
      Function<CopyStrategy, CodeBlock> leaf) {
    return new InlineCopy(source, copierArguments);
  }

  @Override
  public CodeBlock copierArguments(CopyStrategy.UseCopier use, CodeBlock operators) {
    return operators;
  }

  @Override
  public boolean passesOperatorAsIs(CopyStrategy strategy) {
    return true;
  }

  @Override
  public boolean mayReadSourceTwice() {
    return true;
  }

  @Override
  public boolean helperForClonedArray() {
    return false;
  }

  @Override
  public String deepCopyJavadoc() {
    return "Returns a copy of {@code in} that shares no mutable object with it, or null for null.\n";
  }

  @Override
  public String intoJavadoc() {
    return "Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.\n";
  }
}
