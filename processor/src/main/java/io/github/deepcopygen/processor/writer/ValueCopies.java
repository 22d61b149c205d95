package io.github.deepcopygen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.Optional;

/**
 * What a helper's body asks of the copier it is written into: the copy of each value inside it
 * (which may call other helpers), in the copier's rendering.
 */
interface ValueCopies {
  /** The rendering the copier is being written in. */
  Rendering rendering();

  /** The simple name of the copier being written, for the messages of the exceptions it throws. */
  String copierName();

  /** The library class this copier copies, whose copy the user can only replace, never annotate. */
  Optional<String> libraryCopier();

  /**
   * The expression that copies {@code source} (of {@code type}). A source that is not {@code cheap}
   * (a getter call) is first read into a local, declared in {@code body}, when the expression would
   * name it twice.
   */
  CodeBlock copyOf(
      CodeBlock.Builder body,
      NameAllocator locals,
      String localName,
      CopyStrategy strategy,
      TypeName type,
      CodeBlock source,
      boolean cheap);

  /** The copy of {@code source}, of {@code type}, which must be safe to evaluate more than once. */
  CodeBlock expression(
      CopyStrategy strategy, CodeBlock source, TypeName type, NameAllocator locals);

  /** The copy of {@code source}, of {@code type}, known not to be null: no null check needed. */
  CodeBlock nonNullCopyOf(
      CopyStrategy strategy, CodeBlock source, TypeName type, NameAllocator locals);
}
