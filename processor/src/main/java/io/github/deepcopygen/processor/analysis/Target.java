package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import io.github.deepcopygen.processor.analysis.library.IncludeCheck;
import io.github.deepcopygen.processor.analysis.library.Includes;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.lang.CopierNames;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What one copier is written for: a {@code @DeepCopy} type, or a library class that a package lists
 * in {@code @DeepCopy.Include}. Both go through the one queue of the processor and the one analysis
 * of {@link TypeAnalyzer}; these are the facts in which they differ.
 */
public sealed interface Target {
  TypeElement type();

  /**
   * The package whose {@code DeepCopyIndex} may list the copier: the one that includes the class.
   */
  Optional<PackageElement> indexedIn();

  ClassName copier();

  /** The classes the copier's package copies with copiers of their own. */
  Includes includes();

  /** Whether the target is a library class, which the user cannot change: copied as a JavaBean. */
  boolean library();

  boolean publicCopier();

  /**
   * The copier's one originating element, whose module decides whether it may carry
   * {@code @Generated}.
   */
  Element originating();

  /** How messages name the type: an included class reached from a listed one says from where. */
  String describedName();

  /** Why no copier can be written at all, before any field is looked at. */
  Optional<Problem> check(Elements elements);

  /** The problems, where the user can see and fix them. */
  List<Problem> placed(List<Problem> problems);

  /**
   * A {@code @DeepCopy} class or record, whose copier sits beside it; {@code includes} are its
   * package's.
   */
  record Annotated(TypeElement type, Includes includes) implements Target {
    @Override
    public ClassName copier() {
      return CopierNames.copierOf(type);
    }

    @Override
    public boolean library() {
      return false;
    }

    @Override
    public Optional<PackageElement> indexedIn() {
      return Optional.empty();
    }

    @Override
    public String describedName() {
      return type.getQualifiedName().toString();
    }

    @Override
    public boolean publicCopier() {
      return type.getModifiers().contains(Modifier.PUBLIC);
    }

    @Override
    public Element originating() {
      return type;
    }

    @Override
    public Optional<Problem> check(Elements elements) {
      return TargetCheck.check(type);
    }

    @Override
    public List<Problem> placed(List<Problem> problems) {
      return problems;
    }
  }

  /** A library class, whose copier sits in the package that lists it. */
  record Included(Includes.IncludedClass entry, Includes includes) implements Target {
    @Override
    public TypeElement type() {
      return entry.type();
    }

    @Override
    public ClassName copier() {
      return entry.copier();
    }

    @Override
    public boolean library() {
      return true;
    }

    @Override
    public Optional<PackageElement> indexedIn() {
      return Optional.of(entry.site());
    }

    @Override
    public String describedName() {
      return entry.described();
    }

    @Override
    public boolean publicCopier() {
      return true;
    }

    @Override
    public Element originating() {
      return entry.site();
    }

    @Override
    public Optional<Problem> check(Elements elements) {
      return IncludeCheck.check(entry, includes, entry.copier().packageName(), elements);
    }

    /** A library's class has no source here: its problems go to where the package lists it. */
    @Override
    public List<Problem> placed(List<Problem> problems) {
      return problems.stream()
          .map(
              p ->
                  new Problem(
                      p.message(),
                      entry.site(),
                      Optional.of(new Problem.AnnotationValueRef(entry.mirror(), entry.value())),
                      p.args()))
          .toList();
    }
  }
}
