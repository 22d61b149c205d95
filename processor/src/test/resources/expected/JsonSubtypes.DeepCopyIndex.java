package golden.subtypes;

import golden.plib.PCluster;
import golden.plib.PEphemeral;
import golden.plib.PJbod;
import golden.plib.PPersistent;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    /**
     * Each class's number in {@link #copy}, by name: a lookup loads no class.
     */
    private static final Map<String, Integer> NUMBERS = numbers();

    private DeepCopyIndex() {
    }

    /**
     * Every copier of the package, by the exact class it copies; the map cannot be changed.
     * It loads every class the package copies.
     */
    public static Map<Class<?>, UnaryOperator<?>> copiers() {
        List<Class<?>> all = Classes.ALL;
        Map<Class<?>, UnaryOperator<?>> copiers = new LinkedHashMap<>(Math.max(16, all.size() * 4 / 3 + 1));
        for (int number = 0; number < all.size(); number++) {
            copiers.put(all.get(number), new Copier(number));
        }
        return Collections.unmodifiableMap(copiers);
    }

    /**
     * The copier of exactly {@code type}, if the package has one.
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<UnaryOperator<T>> copierFor(Class<T> type) {
        Integer number = NUMBERS.get(type.getName());
        // The copier takes exactly the class of that number, which is this one
        return number == null ? Optional.empty() : Optional.of((UnaryOperator<T>) (UnaryOperator<?>) new Copier(number));
    }

    /**
     * A deep copy of {@code in} by the copier of its exact class; {@code null} for {@code null}.
     *
     * @throws IllegalArgumentException if the package has no copier for that class
     */
    @SuppressWarnings("unchecked")
    public static <T> T deepCopy(T in) {
        if (in == null) {
            return null;
        }
        Integer number = NUMBERS.get(in.getClass().getName());
        if (number == null) {
            throw new IllegalArgumentException("DeepCopyIndex has no copier for " + in.getClass().getName() + ": it holds those of the classes that @DeepCopy.Include lists in package golden.subtypes, and the classes they reach. Fix: list the class there, or copy it with its own copier.");
        }
        // The copier of in's class returns an object of that class
        return (T) copy(number, in);
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new HashMap<>(16);
        numbers0(numbers);
        return Collections.unmodifiableMap(numbers);
    }

    private static Object copy(int number, Object in) {
        switch (number / 400) {
            case 0: return copy0(number, in);
            default: throw new AssertionError(number);
        }
    }

    private static void numbers0(Map<String, Integer> numbers) {
        numbers.put("golden.plib.PCluster", 0);
        numbers.put("golden.plib.PEphemeral", 1);
        numbers.put("golden.plib.PPersistent", 2);
        numbers.put("golden.plib.PJbod", 3);
    }

    private static Object copy0(int number, Object in) {
        switch (number) {
            case 0: return PClusterDeepCopy.deepCopy((PCluster) in);
            case 1: return PEphemeralDeepCopy.deepCopy((PEphemeral) in);
            case 2: return PPersistentDeepCopy.deepCopy((PPersistent) in);
            case 3: return PJbodDeepCopy.deepCopy((PJbod) in);
            default: throw new AssertionError(number);
        }
    }

    private static final class Copier implements UnaryOperator<Object> {
        private final int number;

        Copier(int number) {
            this.number = number;
        }

        @Override
        public Object apply(Object in) {
            return in == null ? null : copy(number, in);
        }
    }

    private static final class Classes {
        static final List<Class<?>> ALL = List.of(
                PCluster.class,
                PEphemeral.class,
                PPersistent.class,
                PJbod.class);
    }
}
