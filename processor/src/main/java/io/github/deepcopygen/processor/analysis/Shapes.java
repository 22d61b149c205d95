package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.ClassName;
import io.github.deepcopygen.processor.analysis.jackson.JsonCreators;
import io.github.deepcopygen.processor.analysis.lombok.Lombok;
import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.analysis.rules.ValueClasses;
import io.github.deepcopygen.processor.diagnostics.Message;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.lang.Constructors;
import io.github.deepcopygen.processor.model.CopyPlan;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * How a copier makes its new object: the shape of the copied type, and what its construction needs.
 */
final class Shapes {
  private Shapes() {}

  /**
   * A library class is built as Jackson builds it: through its no-argument constructor (then its
   * final collections are filled through their getters), else through its creator.
   */
  static CopyPlan.Shape shapeOf(
      TypeElement type, boolean library, Optional<JsonCreators.Creator> creator) {
    if (type.getKind() == ElementKind.RECORD) {
      return CopyPlan.Shape.RECORD;
    }
    if (library ? creator.isPresent() : ValueClasses.isValueClass(type)) {
      return CopyPlan.Shape.CONSTRUCTED;
    }
    return type.getModifiers().contains(Modifier.ABSTRACT)
        ? CopyPlan.Shape.ABSTRACT_CLASS
        : CopyPlan.Shape.CLASS;
  }

  static CopyPlan.ExactClass exactClassOf(TypeElement type, CopyPlan.Shape shape) {
    if (shape == CopyPlan.Shape.CONSTRUCTED) {
      return type.getModifiers().contains(Modifier.FINAL) || Lombok.makesClassFinal(type)
          ? CopyPlan.ExactClass.NONE
          : CopyPlan.ExactClass.OPEN;
    }
    if (shape != CopyPlan.Shape.CLASS || type.getModifiers().contains(Modifier.FINAL)) {
      return CopyPlan.ExactClass.NONE;
    }
    return type.getModifiers().contains(Modifier.SEALED)
        ? CopyPlan.ExactClass.SEALED
        : CopyPlan.ExactClass.OPEN;
  }

  /**
   * A class's copy starts with {@code new Foo()}: the constructor the copier calls, Lombok's
   * promised one (recorded in {@code promises}), or the problem that there is none.
   */
  static void requireNoArgConstructor(
      TypeElement type,
      ClassName copier,
      Elements elements,
      Findings findings,
      List<LombokPromise> promises) {
    String copierPackage = copier.packageName();
    // Before Lombok runs, javac's default constructor stands in for the ones Lombok will write
    // instead.
    boolean replaced = Lombok.marks(type) && Lombok.writesConstructor(type, elements);
    if (Constructors.hasVisibleNoArg(
        type,
        copierPackage,
        constructor ->
            !(replaced && elements.getOrigin(constructor) == Elements.Origin.MANDATED))) {
      return;
    }
    if (Lombok.marks(type) && Lombok.writesNoArgConstructor(type, elements)) {
      promises.add(
          new LombokPromise(type.getQualifiedName().toString(), LombokPromise.CONSTRUCTOR, 0));
    } else {
      // Lombok's @Builder alone writes only an all-arguments constructor: say what to add.
      String lombok = Lombok.marks(type) ? Message.LOMBOK_CONSTRUCTOR_FIX : "";
      findings.problems.add(
          Problem.of(
              Message.NO_CONSTRUCTOR,
              type,
              type.getSimpleName(),
              copier.simpleName(),
              lombok,
              type.getSimpleName()));
    }
  }
}
