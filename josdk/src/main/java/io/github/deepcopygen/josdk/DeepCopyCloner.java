package io.github.deepcopygen.josdk;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.api.config.Cloner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A JOSDK {@link Cloner} that copies each resource with its generated copier, and hands resources
 * of any other class to a fallback: by default fabric8's serialization round trip, which is what
 * JOSDK does.
 *
 * <p>Plug it in where the operator is configured; with deepcopy-kubernetes, the whole Kubernetes
 * model takes one call, and secondary resources can then be cloned from the cache too:
 *
 * <pre>{@code
 * Operator operator = new Operator(o -> o
 *     .withResourceCloner(DeepCopyCloner.builder()
 *         .index(io.github.deepcopygen.kubernetes.DeepCopyIndex::copierFor)
 *         .copier(MCPServer.class, MCPServerDeepCopy::deepCopy)
 *         .build())
 *     .withCloneSecondaryResourcesWhenGettingFromCache(true));
 * }</pre>
 *
 * <p>Copiers are looked up by the resource's exact class, as generated copiers refuse subclasses
 * they do not know: first those registered one by one, then each index in the order given, then the
 * fallback. What an index answers for a class is kept, so each class is looked up once; no
 * reflection is involved.
 */
public final class DeepCopyCloner implements Cloner {
  private final Map<Class<?>, UnaryOperator<?>> copiers;
  private final List<Index> indexes;
  private final Cloner fallback;
  private final ClassValue<Optional<UnaryOperator<?>>> resolved =
      new ClassValue<>() {
        @Override
        protected Optional<UnaryOperator<?>> computeValue(Class<?> type) {
          UnaryOperator<?> copier = copiers.get(type);
          if (copier != null) {
            return Optional.of(copier);
          }
          for (Index index : indexes) {
            Optional<? extends UnaryOperator<?>> found = index.copierFor(type);
            if (found.isPresent()) {
              return Optional.of(found.get());
            }
          }
          return Optional.empty();
        }
      };

  /**
   * A package's lookup of its copiers by class: a generated {@code DeepCopyIndex::copierFor}, which
   * loads nothing until a class is asked for.
   */
  @FunctionalInterface
  public interface Index {
    <T> Optional<UnaryOperator<T>> copierFor(Class<T> type);
  }

  private DeepCopyCloner(
      Map<Class<?>, UnaryOperator<?>> copiers, List<Index> indexes, Cloner fallback) {
    this.copiers = Map.copyOf(copiers);
    this.indexes = List.copyOf(indexes);
    this.fallback = fallback;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public <R extends HasMetadata> R clone(R object) {
    if (object == null) {
      return null;
    }
    Optional<UnaryOperator<?>> found = resolved.get(object.getClass());
    if (found.isEmpty()) {
      return fallback.clone(object);
    }
    @SuppressWarnings("unchecked") // registered and indexed copiers each copy exactly their class
    UnaryOperator<R> copier = (UnaryOperator<R>) found.get();
    return copier.apply(object);
  }

  /**
   * Whether resources of exactly {@code type} are copied by a generated copier rather than the
   * fallback.
   */
  public boolean copies(Class<? extends HasMetadata> type) {
    return resolved.get(type).isPresent();
  }

  /** Collects the copiers and the fallback of a {@link DeepCopyCloner}. */
  public static final class Builder {
    private final Map<Class<?>, UnaryOperator<?>> copiers = new HashMap<>();
    private final List<Index> indexes = new ArrayList<>();
    private Cloner fallback;

    private Builder() {}

    /**
     * Copies resources of exactly {@code type} with {@code copier}, normally {@code
     * FooDeepCopy::deepCopy}.
     */
    public <R extends HasMetadata> Builder copier(Class<R> type, UnaryOperator<R> copier) {
      Objects.requireNonNull(type, "type");
      register(type, Objects.requireNonNull(copier, "copier"));
      return this;
    }

    /**
     * Copies each resource class that {@code index} has a copier for: a package's generated {@code
     * DeepCopyIndex::copierFor}, such as deepcopy-kubernetes' for every kind of the Kubernetes
     * model. Nothing is loaded until a resource of a class is cloned.
     */
    public Builder index(Index index) {
      indexes.add(Objects.requireNonNull(index, "index"));
      return this;
    }

    /**
     * Copies resources of each class in {@code copiers} with its copier: a package's generated
     * {@code DeepCopyIndex.copiers()}, which loads every class it holds. Classes that are not
     * resources are left out, as the cloner is only handed resources.
     */
    public Builder copiers(Map<Class<?>, ? extends UnaryOperator<?>> copiers) {
      Objects.requireNonNull(copiers, "copiers");
      copiers.forEach(
          (type, copier) -> {
            if (HasMetadata.class.isAssignableFrom(type)) {
              register(type, Objects.requireNonNull(copier, "copier"));
            }
          });
      return this;
    }

    private void register(Class<?> type, UnaryOperator<?> copier) {
      if (copiers.putIfAbsent(type, copier) != null) {
        throw new IllegalArgumentException(
            "a copier for " + type.getName() + " is already registered");
      }
    }

    /**
     * Clones resources that have no copier. Pass the operator's client serialization ({@code
     * client.getKubernetesSerialization()::clone}) when it knows types a plain one does not.
     */
    public Builder fallback(Cloner fallback) {
      this.fallback = Objects.requireNonNull(fallback, "fallback");
      return this;
    }

    public DeepCopyCloner build() {
      Cloner chosen = fallback;
      if (chosen == null) {
        KubernetesSerialization serialization = new KubernetesSerialization();
        chosen = serialization::clone;
      }
      return new DeepCopyCloner(copiers, indexes, chosen);
    }
  }
}
