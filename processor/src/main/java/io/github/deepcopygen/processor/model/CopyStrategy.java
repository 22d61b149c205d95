package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * How one value of a known static type is copied: the decision of the rule table, without any code.
 * Every strategy copies {@code null} to {@code null}. The writer reaches every kind through a
 * {@link Visitor}, so that a new kind cannot go unrendered: javac 17 checks no switch over sealed
 * types.
 */
public sealed interface CopyStrategy {

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of strategy. */
  interface Visitor<R> {
    R share(Share share);

    R callDeepCopyMethod(CallDeepCopyMethod call);

    R useCopier(UseCopier use);

    R applyOperator(ApplyOperator apply);

    R callUsesMethod(CallUsesMethod call);

    R cloneValue(CloneValue value);

    R copyJsonTree(CopyJsonTree tree);

    R newAtomic(NewAtomic atomic);

    R copyArray(CopyArray array);

    R copyCollection(CopyCollection collection);

    R copyMap(CopyMap map);

    R copyOptional(CopyOptional optional);

    R rebuildRecord(RebuildRecord record);

    R dispatch(Dispatch dispatch);
  }

  /**
   * A strategy whose copy takes statements (a loop, a dispatch), written as a helper of this type.
   */
  sealed interface Looped extends CopyStrategy {
    /** The type the helper method takes and returns. */
    TypeName helperType();
  }

  /** The value is immutable (or shared on purpose) and the copy is the same reference. */
  record Share() implements CopyStrategy {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.share(this);
    }
  }

  /** The type's own instance {@code deepCopy()}, called virtually: subclasses keep their class. */
  record CallDeepCopyMethod() implements CopyStrategy {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.callDeepCopyMethod(this);
    }
  }

  /**
   * The type is {@code @DeepCopy}: its generated copier's static {@code deepCopy}, which handles
   * null. A generic copier takes one operator per type parameter, in order. A {@code graph} copier
   * also has {@code deepCopyGraph}, which a graph copy calls with its map of the copies made so
   * far. A raw or wildcard use of a generic library class ({@code Schema}, {@code Schema<?>}) is
   * cast to {@code castTo} ({@code Schema<Object>}), whose operators copy JSON trees.
   */
  record UseCopier(
      ClassName copier, List<Operator> operators, boolean graph, Optional<TypeName> castTo)
      implements CopyStrategy {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.useCopier(this);
    }

    public UseCopier {
      operators = List.copyOf(operators);
    }
  }

  /** A value of a type variable of the copied generic type: the caller's operator for it. */
  record ApplyOperator(String operator) implements CopyStrategy {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.applyOperator(this);
    }
  }

  /** A {@code static T name(T)} method of a class named in {@code @DeepCopy(uses = …)}. */
  record CallUsesMethod(ClassName owner, String method) implements CopyStrategy {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.callUsesMethod(this);
    }
  }

  /** A mutable JDK value type whose {@code clone()} returns an equal instance of the same class. */
  record CloneValue(TypeName type) implements CopyStrategy {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.cloneValue(this);
    }
  }

  /**
   * A JSON value held as {@code Object}: scalars shared, maps and lists copied node by node, a node
   * of one of {@code jsonNodes} (Jackson's {@code JsonNode}, where the compile class path has it)
   * by its {@code deepCopy()}; in a library copier, an instance of a class that the package's
   * {@code index} copies (swagger keeps a {@code Schema} in an {@code Object} position) by that
   * copier; anything else refused at run time.
   */
  record CopyJsonTree(List<ClassName> jsonNodes, boolean number, Optional<ClassName> index)
      implements Looped {
    public CopyJsonTree {
      jsonNodes = List.copyOf(jsonNodes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.copyJsonTree(this);
    }

    /** {@code Object}, or {@code Number} for a JSON number held as one (swagger's maximum). */
    @Override
    public TypeName helperType() {
      return number ? ClassName.get(Number.class) : ClassName.OBJECT;
    }
  }

  /** An atomic holder ({@code AtomicInteger}, …): a new one holding the same value. */
  record NewAtomic(ClassName type) implements CopyStrategy {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.newAtomic(this);
    }
  }

  /**
   * An array. A primitive or immutable component is copied with {@code clone()}; otherwise each
   * element is copied by {@code component}.
   */
  record CopyArray(TypeName arrayType, TypeName componentType, CopyStrategy component)
      implements Looped {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.copyArray(this);
    }

    @Override
    public TypeName helperType() {
      return arrayType;
    }

    /** Whether {@code clone()} is the whole copy: the components need no copying of their own. */
    public boolean clonesWhole() {
      return component instanceof Share;
    }
  }

  /**
   * A collection: a new {@code implementation} made as {@code creation} says, elements copied in
   * order; {@code indexed} lists walked by index when {@code RandomAccess}; {@code exactClass}
   * refuses a subclass of the declared class, which would be sliced.
   */
  record CopyCollection(
      TypeName collectionType,
      TypeName implementation,
      CollectionCreation creation,
      boolean indexed,
      boolean exactClass,
      TypeName elementType,
      CopyStrategy element)
      implements Looped {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.copyCollection(this);
    }

    @Override
    public TypeName helperType() {
      return collectionType;
    }
  }

  /** A map: a new {@code implementation} made as {@code creation} says; values copied. */
  record CopyMap(
      TypeName mapType,
      TypeName implementation,
      CollectionCreation creation,
      boolean exactClass,
      TypeName keyType,
      TypeName valueType,
      CopyStrategy value)
      implements Looped {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.copyMap(this);
    }

    @Override
    public TypeName helperType() {
      return mapType;
    }
  }

  /** {@code Optional<T>}: the same emptiness, the value copied by {@code value}. */
  record CopyOptional(TypeName optionalType, TypeName valueType, CopyStrategy value)
      implements Looped {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.copyOptional(this);
    }

    @Override
    public TypeName helperType() {
      return optionalType;
    }
  }

  /**
   * A record with a mutable component, rebuilt through its canonical constructor; or a class of
   * final fields (rule 10), rebuilt through the constructor that takes them, which refuses a
   * subclass of a class that is not final ({@code exactClass}) rather than lose its fields.
   */
  record RebuildRecord(TypeName recordType, List<Component> components, boolean exactClass)
      implements Looped {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rebuildRecord(this);
    }

    @Override
    public TypeName helperType() {
      return recordType;
    }

    public RebuildRecord {
      components = List.copyOf(components);
    }
  }

  /**
   * A sealed type, or a library class with the subclasses its package includes: the runtime class
   * picks the case, most specific first; anything else goes to {@code otherwise} (a concrete
   * library class's own copier) or, without one, is refused.
   */
  record Dispatch(TypeName type, List<Case> cases, boolean sealed, Optional<CopyStrategy> otherwise)
      implements Looped {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.dispatch(this);
    }

    @Override
    public TypeName helperType() {
      return type;
    }

    public Dispatch {
      cases = List.copyOf(cases);
    }
  }

  /** A type argument of a generic copier and its values' strategy, passed as an operator. */
  record Operator(TypeName type, CopyStrategy strategy) {}

  /**
   * A constructor argument: a record component, or a field {@code name} of a class built through
   * its constructor (rule 10), with how the copy reads it ({@code in.accessor()}, or {@code
   * in.accessor} for a field the copier can see), its type and how its value is copied.
   */
  record Component(
      String name, String accessor, boolean method, TypeName type, CopyStrategy strategy) {
    /** A record component, read through its accessor of the same name. */
    public Component(String accessor, TypeName type, CopyStrategy strategy) {
      this(accessor, accessor, true, type, strategy);
    }
  }

  /**
   * One permitted subtype of a sealed type and how to copy it: {@code type} as the sealed type's
   * parameterization makes it ({@code Sub<T>} for {@code Base<T>}), {@code raw} its class, which
   * names the pattern's variable.
   */
  record Case(ClassName raw, TypeName type, CopyStrategy strategy) {}
}
