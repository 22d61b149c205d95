package io.github.deepcopygen.processor.model;

/** How a new collection or map is created before the elements go in. */
public enum CollectionCreation {
  /** {@code new Impl<>(in.size())}. */
  PRESIZED,
  /** {@code new Impl<>(capacity)}, with the capacity computed for the hash table's load factor. */
  HASHED,
  /** {@code new Impl<>(in.comparator())}: the copy keeps the source's ordering. */
  SORTED,
  /** {@code new Impl<>()}: a JDK class with no useful capacity constructor. */
  UNSIZED,
  /**
   * {@code new Impl()}: a user's subclass of a JDK collection, with its no-argument constructor and
   * no copy constructor; {@code implementation} is then the exact type to create.
   */
  NO_ARG,
  /** {@code EnumSet.copyOf(in)} or {@code new EnumMap<>(in)}, then the values replaced. */
  ENUM
}
