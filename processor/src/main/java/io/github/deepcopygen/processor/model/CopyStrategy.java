package io.github.deepcopygen.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How one value of a known static type is copied: the decision of the rule table, without any code.
 * Every strategy copies {@code null} to {@code null}.
 */
public sealed interface CopyStrategy {

  /** The value is immutable (or shared on purpose) and the copy is the same reference. */
  record Share() implements CopyStrategy {}

  /** The type has its own instance {@code deepCopy()} method, called virtually so subclasses keep their class. */
  record CallDeepCopyMethod() implements CopyStrategy {}

  /**
   * The type is {@code @DeepCopy}: its generated copier's static {@code deepCopy}, which handles null.
   * A generic copier takes one operator per type parameter, in order.
   */
  record UseCopier(ClassName copier, List<Operator> operators) implements CopyStrategy {
    public UseCopier {
      operators = List.copyOf(operators);
    }
  }

  /** A value of a type variable of the copied generic type: the caller's operator for it. */
  record ApplyOperator(String operator) implements CopyStrategy {}

  /** A {@code static T name(T)} method of a class named in {@code @DeepCopy(uses = …)}. */
  record CallUsesMethod(ClassName owner, String method) implements CopyStrategy {}

  /** A mutable JDK value type whose {@code clone()} returns an equal instance of the same class. */
  record CloneValue(TypeName type) implements CopyStrategy {}

  /**
   * A JSON value held as {@code Object}: scalars shared, maps and lists copied node by node, anything
   * else refused at run time.
   */
  record CopyJsonTree() implements CopyStrategy {}

  /** An atomic holder ({@code AtomicInteger}, …): a new one holding the same value. */
  record NewAtomic(ClassName type) implements CopyStrategy {}

  /**
   * An array. A primitive or immutable component is copied with {@code clone()}; otherwise each element
   * is copied by {@code component}.
   */
  record CopyArray(TypeName arrayType, TypeName componentType, CopyStrategy component)
      implements CopyStrategy {
    /** Whether {@code clone()} is the whole copy: the components need no copying of their own. */
    public boolean clonesWhole() {
      return component instanceof Share;
    }
  }

  /**
   * A collection: a new {@code implementation} made as {@code construction} says, elements copied in
   * iteration order. {@code indexed} sources (lists) are walked by index when they are
   * {@code RandomAccess}. {@code exactClass} asks for a check that the source is exactly of the declared
   * class, since a subclass of it would be sliced.
   */
  record CopyCollection(
      TypeName collectionType,
      TypeName implementation,
      Construction construction,
      boolean indexed,
      boolean exactClass,
      TypeName elementType,
      CopyStrategy element)
      implements CopyStrategy {}

  /** A map: a new {@code implementation} made as {@code construction} says; keys shared, values copied. */
  record CopyMap(
      TypeName mapType,
      TypeName implementation,
      Construction construction,
      boolean exactClass,
      TypeName keyType,
      TypeName valueType,
      CopyStrategy value)
      implements CopyStrategy {}

  /** {@code Optional<T>}: the same emptiness, the value copied by {@code value}. */
  record CopyOptional(TypeName optionalType, TypeName valueType, CopyStrategy value)
      implements CopyStrategy {}

  /** A record with a mutable component, rebuilt through its canonical constructor. */
  record RebuildRecord(TypeName recordType, List<Component> components) implements CopyStrategy {
    public RebuildRecord {
      components = List.copyOf(components);
    }
  }

  /**
   * A sealed type: the runtime class picks the case, most specific first; an instance of no case (a
   * class added after this was compiled) is refused.
   */
  record Dispatch(TypeName type, List<Case> cases) implements CopyStrategy {
    public Dispatch {
      cases = List.copyOf(cases);
    }
  }

  /** How a new collection or map is created before the elements go in. */
  enum Construction {
    /** {@code new Impl<>(in.size())}. */
    PRESIZED,
    /** {@code new Impl<>(capacity)}, with the capacity computed for the hash table's load factor. */
    HASHED,
    /** {@code new Impl<>(in.comparator())}: the copy keeps the source's ordering. */
    SORTED,
    /** {@code new Impl<>()}: a JDK class with no useful capacity constructor. */
    UNSIZED,
    /**
     * {@code new Impl()}: a user's subclass of a JDK collection, with its no-argument constructor and no
     * copy constructor; {@code implementation} is then the exact type to create.
     */
    NO_ARG,
    /** {@code EnumSet.copyOf(in)} or {@code new EnumMap<>(in)}, then the values replaced. */
    ENUM
  }

  /** A type argument of a generic copier and the strategy for its values, passed as a {@code UnaryOperator}. */
  record Operator(TypeName type, CopyStrategy strategy) {}

  /** A record component: its accessor, its type and how its value is copied. */
  record Component(String accessor, TypeName type, CopyStrategy strategy) {}

  /**
   * One permitted subtype of a sealed type and how to copy it: {@code type} as the sealed type's
   * parameterization makes it ({@code Sub<T>} for {@code Base<T>}), {@code raw} its class, which names
   * the pattern's variable.
   */
  record Case(ClassName raw, TypeName type, CopyStrategy strategy) {}
}
