package golden;

import golden.lib.LibIntOrText;
import golden.lib.LibMeta;
import golden.lib.LibOwner;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * The copiers that {@code @DeepCopy.Include} wrote in this package, by the exact class each copies;
 * written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class DeepCopyIndex {
    private static final Map<Class<?>, UnaryOperator<?>> COPIERS = Map.ofEntries(
            entry(LibMeta.class, LibMetaDeepCopy::deepCopy),
            entry(LibOwner.class, LibOwnerDeepCopy::deepCopy),
            entry(LibIntOrText.class, LibIntOrTextDeepCopy::deepCopy));

    private DeepCopyIndex() {
    }

    /**
     * Every copier of the package, by the exact class it copies; the map cannot be changed.
     */
    public static Map<Class<?>, UnaryOperator<?>> copiers() {
        return COPIERS;
    }

    /**
     * The copier of exactly {@code type}, if the package has one.
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<UnaryOperator<T>> copierFor(Class<T> type) {
        return Optional.ofNullable((UnaryOperator<T>) COPIERS.get(type));
    }

    /**
     * A deep copy of {@code in} by the copier of its exact class; {@code null} for {@code null}.
     *
     * @throws IllegalArgumentException if the package has no copier for that class
     */
    public static <T> T deepCopy(T in) {
        if (in == null) {
            return null;
        }
        @SuppressWarnings("unchecked") // each entry pairs a class with its own copier
        UnaryOperator<T> copier = (UnaryOperator<T>) COPIERS.get(in.getClass());
        if (copier == null) {
            throw new IllegalArgumentException("DeepCopyIndex has no copier for " + in.getClass().getName() + ": it holds those of the classes that @DeepCopy.Include lists in package golden, and the classes they reach. Fix: list the class there, or copy it with its own copier.");
        }
        return copier.apply(in);
    }

    private static <T> Map.Entry<Class<?>, UnaryOperator<?>> entry(Class<T> type,
            UnaryOperator<T> copier) {
        return Map.entry(type, copier);
    }
}
