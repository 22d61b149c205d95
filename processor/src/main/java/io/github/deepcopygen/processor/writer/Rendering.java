package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.List;
import java.util.function.Function;

/**
 * One rendering of a plan: the tree copy every copier has, or the graph copy a graph type's copier
 * has beside it (docs/ARCHITECTURE.md, "The writer"). The same plan and the same helpers render
 * both; what differs is answered here, so that no part of the writer asks which copy it writes.
 */
interface Rendering {
  /** {@code deepCopy} or {@code deepCopyGraph}. */
  String deepCopyName();

  /** {@code deepCopyInto} or {@code deepCopyGraphInto}. */
  String deepCopyIntoName();

  /**
   * The parameter a graph copy's methods and helpers take last: the map of the copies made so far.
   */
  void addCopiesParameter(MethodSpec.Builder method);

  /** The argument that passes that map on, or nothing. */
  CodeBlock copiesArgument();

  /** Names a method body of this rendering uses for itself. */
  void reserveNames(NameAllocator locals);

  /**
   * Names taken in a helper's body by its parameters and loops ({@code more} besides), and by this
   * rendering.
   */
  default NameAllocator helperLocals(String... more) {
    NameAllocator locals = new NameAllocator();
    for (String name : List.of("in", "out", "i", "size", "entry")) {
      locals.newName(name);
    }
    for (String name : more) {
      locals.newName(name);
    }
    reserveNames(locals);
    return locals;
  }

  /** Before a value is copied: in a graph copy, the copy already made of it is returned. */
  void lookUp(CodeBlock.Builder body, TypeName type);

  /** After {@code out} is made and before its parts are copied: a graph copy registers it. */
  void register(CodeBlock.Builder body);

  /**
   * Returns {@code value}, built from copies of {@code in}'s parts; a graph copy keeps the first
   * copy.
   */
  void returnBuilt(CodeBlock.Builder body, CodeBlock value);

  /**
   * Returns {@code value}, a new container of {@code type} holding {@code in}'s shared elements.
   */
  void returnNew(CodeBlock.Builder body, TypeName type, CodeBlock value);

  /**
   * The {@code deepCopyInto} of a superclass's copier that this rendering's {@code deepCopyInto}
   * calls.
   */
  String superIntoName(CopyStrategy.UseCopier superCopier);

  /** How a value whose copy is one expression is copied, read from {@code source}. */
  CopyStrategy.Visitor<InlineCopy.Result> inline(
      CodeBlock source,
      Function<CopyStrategy.UseCopier, CodeBlock> copierArguments,
      Function<CopyStrategy, CodeBlock> leaf);

  /**
   * The arguments after the value in a call of a copier's {@code deepCopy} or {@code
   * deepCopyGraph}.
   */
  CodeBlock copierArguments(CopyStrategy.UseCopier use, CodeBlock operators);

  /**
   * Whether a non-null value of this strategy is copied by calling {@code operator} on it as it
   * stands; otherwise by {@code value -> copy of value}, which a graph copy needs for everything it
   * copies.
   */
  boolean passesOperatorAsIs(CopyStrategy strategy);

  /** Whether an expression that names its source twice may do so: a graph copy never needs to. */
  boolean mayReadSourceTwice();

  /**
   * Whether an array copied whole by {@code clone()} still needs a helper: a graph copy registers
   * it.
   */
  boolean helperForClonedArray();

  /** The javadoc of {@code deepCopy} or {@code deepCopyGraph}. */
  String deepCopyJavadoc();

  /** The javadoc of {@code deepCopyInto} or {@code deepCopyGraphInto}. */
  String intoJavadoc();
}
