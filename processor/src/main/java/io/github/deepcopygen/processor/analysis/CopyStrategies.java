package io.github.deepcopygen.processor.analysis;

import com.palantir.javapoet.TypeName;
import io.github.deepcopygen.processor.model.CopyStrategy;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The copy rules of DESIGN.md section 4, in their order: the first rule that matches a type decides its
 * strategy. Deciding only; writing the code is the writer's job.
 */
final class CopyStrategies {
  private static final String DEEP_COPY = "io.github.deepcopygen.DeepCopy";
  private static final String OTHER_TYPE_FIX =
      "declare the field with a type deepcopy-gen can copy (see the copy rules in the README)";
  private static final String OWN_TYPE_FIX =
      "annotate %s with @DeepCopy, give it a deepCopy() method that returns a deep copy, or "
          + OTHER_TYPE_FIX;

  private final Types types;
  private final Elements elements;
  private final KnownTypes known;
  private final String copierPackage;

  CopyStrategies(Types types, Elements elements, String copierPackage) {
    this.types = types;
    this.elements = elements;
    this.known = new KnownTypes(types, elements);
    this.copierPackage = copierPackage;
  }

  Resolution resolve(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return new Resolution.Missing(type);
      case TYPEVAR:
        return new Resolution.Unsupported(
            type, "it is a type variable, whose values may be of any class", "use a concrete type");
      case WILDCARD:
        return new Resolution.Unsupported(
            type,
            "it is a wildcard, whose values may be of any subclass",
            "use an exact type argument (List<Foo>, not List<? extends Foo>)");
      case ARRAY:
        return resolveArray((ArrayType) type);
      case DECLARED:
        return resolveDeclared((DeclaredType) type);
      default:
        if (known.isImmutable(type)) {
          return share();
        }
        return unsupported(type);
    }
  }

  private Resolution resolveDeclared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    // Rule 2: immutable values are shared.
    if (known.isImmutable(type) || element.getKind() == ElementKind.ENUM) {
      return share();
    }
    // Rule 3: a deepCopy() of the type's own, called virtually so that subclasses keep their class.
    if (hasDeepCopyMethod(type)) {
      return new Resolution.Resolved(new CopyStrategy.CallDeepCopyMethod());
    }
    // Rule 4: another @DeepCopy type.
    if (isDeepCopyType(element)) {
      return resolveDeepCopyType(type, element);
    }
    // Rule 7: collections and maps.
    Optional<KnownTypes.CollectionShape> collection = known.collectionShape(type);
    if (collection.isPresent()) {
      return resolveCollection(type, collection.get());
    }
    if (known.isMap(type)) {
      return resolveMap(type);
    }
    if (known.isJdkCollection(type)) {
      return new Resolution.Unsupported(
          type,
          "it is a collection class this version does not copy (only List, Set, Collection and Map)",
          "declare the field as List, Set, Collection or Map");
    }
    // Rule 10: mutable JDK value types.
    if (known.isCloneableValue(type)) {
      return new Resolution.Resolved(new CopyStrategy.CloneValue(TypeName.get(type)));
    }
    // Rule 12: everything else is an error, never a silent shallow copy.
    return unsupported(type);
  }

  private Resolution resolveDeepCopyType(DeclaredType type, TypeElement element) {
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      return new Resolution.Unsupported(
          type,
          "it is an abstract @DeepCopy class, whose copier has only deepCopyInto and cannot create the"
              + " copy",
          "give " + element.getSimpleName() + " a deepCopy() method that its subclasses override, or"
              + " declare the field with a concrete type");
    }
    if (!element.getTypeParameters().isEmpty()) {
      return new Resolution.Unsupported(
          type,
          "it is a generic @DeepCopy class, and this version copies only non-generic ones",
          "give " + element.getSimpleName() + " a deepCopy() method");
    }
    return new Resolution.Resolved(new CopyStrategy.UseCopier(CopierNames.copierOf(element)));
  }

  private Resolution resolveArray(ArrayType type) {
    TypeMirror innermost = type;
    while (innermost.getKind() == TypeKind.ARRAY) {
      innermost = ((ArrayType) innermost).getComponentType();
    }
    if (innermost.getKind() == TypeKind.TYPEVAR
        || (innermost.getKind() == TypeKind.DECLARED
            && !((DeclaredType) innermost).getTypeArguments().isEmpty())) {
      return new Resolution.Unsupported(
          type,
          "Java cannot create an array of a generic type",
          "use a List instead of the array");
    }
    Resolution component = resolve(type.getComponentType());
    if (!(component instanceof Resolution.Resolved resolved)) {
      return component;
    }
    return new Resolution.Resolved(
        new CopyStrategy.CopyArray(
            TypeName.get(type), TypeName.get(type.getComponentType()), resolved.strategy()));
  }

  private Resolution resolveCollection(DeclaredType type, KnownTypes.CollectionShape shape) {
    if (type.getTypeArguments().isEmpty()) {
      return rawCollection(type);
    }
    TypeMirror elementType = type.getTypeArguments().get(0);
    Resolution element = resolve(elementType);
    if (!(element instanceof Resolution.Resolved resolved)) {
      return element;
    }
    return new Resolution.Resolved(
        new CopyStrategy.CopyCollection(
            TypeName.get(type),
            shape.implementation(),
            shape.hashed(),
            shape.indexed(),
            TypeName.get(elementType),
            resolved.strategy()));
  }

  private Resolution resolveMap(DeclaredType type) {
    if (type.getTypeArguments().isEmpty()) {
      return rawCollection(type);
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    TypeMirror keyType = arguments.get(0);
    Resolution key = resolve(keyType);
    if (!(key instanceof Resolution.Resolved resolvedKey)) {
      return key;
    }
    if (!(resolvedKey.strategy() instanceof CopyStrategy.Share)) {
      return new Resolution.MutableKey(keyType);
    }
    Resolution value = resolve(arguments.get(1));
    if (!(value instanceof Resolution.Resolved resolvedValue)) {
      return value;
    }
    return new Resolution.Resolved(
        new CopyStrategy.CopyMap(
            TypeName.get(type),
            KnownTypes.MAP_IMPLEMENTATION,
            TypeName.get(keyType),
            TypeName.get(arguments.get(1)),
            resolvedValue.strategy()));
  }

  private boolean hasDeepCopyMethod(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
      if (!method.getSimpleName().contentEquals("deepCopy")
          || !method.getParameters().isEmpty()
          || method.getModifiers().contains(Modifier.STATIC)
          || !Visibility.isVisibleFrom(method, copierPackage)) {
        continue;
      }
      TypeMirror returned = ((ExecutableType) types.asMemberOf(type, method)).getReturnType();
      if (returned.getKind() != TypeKind.VOID
          && types.isAssignable(types.erasure(returned), types.erasure(type))) {
        return true;
      }
    }
    return false;
  }

  static boolean isDeepCopyType(TypeElement element) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(
            mirror ->
                ((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(DEEP_COPY));
  }

  private static Resolution share() {
    return new Resolution.Resolved(new CopyStrategy.Share());
  }

  private static Resolution rawCollection(DeclaredType type) {
    return new Resolution.Unsupported(
        type,
        "it is a raw type, whose elements may be of any class",
        "add type arguments (List<Foo>, Map<String, Foo>)");
  }

  private static Resolution unsupported(TypeMirror type) {
    String fix = OTHER_TYPE_FIX;
    Optional<String> name = KnownTypes.qualifiedName(type);
    if (name.isPresent() && !name.get().startsWith("java.") && !name.get().startsWith("javax.")) {
      fix = String.format(OWN_TYPE_FIX, ((DeclaredType) type).asElement().getSimpleName());
    }
    return new Resolution.Unsupported(
        type,
        "it is not immutable, not @DeepCopy, has no deepCopy() method, and is no collection, array"
            + " or value type that deepcopy-gen knows",
        fix);
  }
}
