package io.github.deepcopygen.processor.analysis.rules;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.diagnostics.Reason;
import io.github.deepcopygen.processor.model.CopyStrategy;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Rules 6 to 8, for the containers of other values: an array, a collection or map (whose class the
 * collection rules decide), an optional; each copies its elements by the rule table.
 */
final class ContainerRules {
  private final RuleTable strategies;
  private final CollectionRules collections;

  ContainerRules(RuleTable strategies, CollectionRules collections) {
    this.strategies = strategies;
    this.collections = collections;
  }

  Resolution array(ArrayType type) {
    TypeMirror innermost = type;
    while (innermost.getKind() == TypeKind.ARRAY) {
      innermost = ((ArrayType) innermost).getComponentType();
    }
    if (innermost.getKind() == TypeKind.TYPEVAR
        || (innermost.getKind() == TypeKind.DECLARED
            && !((DeclaredType) innermost).getTypeArguments().isEmpty())) {
      return new Resolution.Unsupported(type, Reason.GENERIC_ARRAY);
    }
    Resolution component = strategies.resolve(type.getComponentType());
    if (!(component instanceof Resolution.Resolved resolved)) {
      return Resolution.cyclesAreUnsupported(component);
    }
    return Resolution.resolved(
        new CopyStrategy.CopyArray(
            TypeName.get(type), TypeName.get(type.getComponentType()), resolved.strategy()));
  }

  Resolution collection(DeclaredType type) {
    CollectionRules.Answer outcome = collections.shapeOf(type);
    if (outcome instanceof CollectionRules.Refused refused) {
      return new Resolution.Unsupported(type, refused.explanation());
    }
    CollectionRules.CollectionShape shape = (CollectionRules.CollectionShape) outcome;
    if (shape.arguments().isEmpty()) {
      return Resolution.rawType(type);
    }
    TypeMirror last = shape.arguments().get(shape.arguments().size() - 1);
    if (shape.map()) {
      TypeMirror key = shape.arguments().get(0);
      Resolution keyResolution = strategies.resolve(key);
      if (keyResolution instanceof Resolution.Missing) {
        return keyResolution;
      }
      boolean jsonKey = key.getKind() == TypeKind.TYPEVAR && strategies.typeVariableKeysShared();
      if (!keyResolution.sharable() && !jsonKey) {
        // Object, a wildcard or a mutable class: either way no key type known to be immutable.
        return new Resolution.MutableKey(key);
      }
    }
    Resolution element = strategies.resolve(last);
    if (!(element instanceof Resolution.Resolved resolved)) {
      return Resolution.cyclesAreUnsupported(element);
    }
    if (shape.map()) {
      return Resolution.resolved(
          new CopyStrategy.CopyMap(
              TypeName.get(type),
              shape.implementation(),
              shape.creation(),
              shape.exactClass(),
              TypeName.get(shape.arguments().get(0)),
              TypeName.get(last),
              resolved.strategy()));
    }
    return Resolution.resolved(
        new CopyStrategy.CopyCollection(
            TypeName.get(type),
            shape.implementation(),
            shape.creation(),
            shape.indexed(),
            shape.exactClass(),
            TypeName.get(last),
            resolved.strategy()));
  }

  Resolution optional(DeclaredType type) {
    if (type.getTypeArguments().isEmpty()) {
      return Resolution.rawType(type);
    }
    TypeMirror valueType = type.getTypeArguments().get(0);
    Resolution value = strategies.resolve(valueType);
    if (!(value instanceof Resolution.Resolved resolved) || value.sharable()) {
      return value;
    }
    return Resolution.resolved(
        new CopyStrategy.CopyOptional(
            TypeName.get(type), TypeName.get(valueType), resolved.strategy()));
  }
}
