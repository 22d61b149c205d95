package golden.jshapes;

import com.fasterxml.jackson.databind.JsonNode;
import golden.jslib.JsArraySchema;
import golden.jslib.JsCat;
import golden.jslib.JsDocument;
import golden.jslib.JsDog;
import golden.jslib.JsItem;
import golden.jslib.JsLabels;
import golden.jslib.JsMulti;
import golden.jslib.JsPaths;
import golden.jslib.JsSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

    private static final UnaryOperator<Object> JSON_TREE = new JsonTree();

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
            throw new IllegalArgumentException("DeepCopyIndex has no copier for " + in.getClass().getName() + ": it holds those of the classes that @DeepCopy.Include lists in package golden.jshapes, and the classes they reach. Fix: list the class there, or copy it with its own copier.");
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

    private static Object copyJsonTree(Object in) {
        if (in == null) {
            return null;
        }
        if (in instanceof String || in instanceof Boolean || in instanceof Integer
                || in instanceof Long || in instanceof Double || in instanceof Float
                || in instanceof Short || in instanceof Byte || in instanceof BigInteger
                || in instanceof BigDecimal) {
            return in;
        }
        if (in instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>((int) Math.ceil(map.size() / 0.75));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("DeepCopyIndex cannot copy the JSON object key " + entry.getKey() + ": JSON keys are strings. Fix: use string keys, or copy the class that holds it with a method named in @DeepCopy(uses = ...) instead.");
                }
                out.put(key, copyJsonTree(entry.getValue()));
            }
            return out;
        }
        if (in instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object element : list) {
                out.add(copyJsonTree(element));
            }
            return out;
        }
        if (in instanceof Character || in instanceof UUID || in instanceof URI
                || in instanceof Instant || in instanceof LocalDate || in instanceof LocalDateTime
                || in instanceof LocalTime || in instanceof OffsetDateTime
                || in instanceof OffsetTime || in instanceof ZonedDateTime
                || in instanceof Duration) {
            return in;
        }
        if (in instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (in instanceof Date date) {
            return date.clone();
        }
        if (in instanceof byte[] bytes) {
            return bytes.clone();
        }
        if (DeepCopyIndex.copierFor(in.getClass()).isPresent()) {
            return DeepCopyIndex.deepCopy(in);
        }
        throw new IllegalArgumentException("DeepCopyIndex cannot copy a " + in.getClass().getName() + " in a JSON tree, which holds only null, strings, booleans, numbers, dates and times, maps with string keys, lists and Jackson's nodes. Fix: put JSON values in it, or copy the class that holds it with a method named in @DeepCopy(uses = ...) instead.");
    }

    private static void numbers0(Map<String, Integer> numbers) {
        numbers.put("golden.jslib.JsDocument", 0);
        numbers.put("golden.jslib.JsArraySchema", 1);
        numbers.put("golden.jslib.JsLabels", 2);
        numbers.put("golden.jslib.JsPaths", 3);
        numbers.put("golden.jslib.JsSchema", 4);
        numbers.put("golden.jslib.JsMulti", 5);
        numbers.put("golden.jslib.JsItem", 6);
        numbers.put("golden.jslib.JsDog", 7);
        numbers.put("golden.jslib.JsCat", 8);
    }

    @SuppressWarnings("unchecked")
    private static Object copy0(int number, Object in) {
        switch (number) {
            case 0: return JsDocumentDeepCopy.deepCopy((JsDocument) in);
            case 1: return JsArraySchemaDeepCopy.deepCopy((JsArraySchema) in);
            case 2: return JsLabelsDeepCopy.deepCopy((JsLabels) in);
            case 3: return JsPathsDeepCopy.deepCopy((JsPaths) in);
            case 4: return JsSchemaDeepCopy.deepCopy((JsSchema<Object>) in, JSON_TREE);
            case 5: return JsMultiDeepCopy.deepCopy((JsMulti<Object, Object>) in, JSON_TREE, JSON_TREE);
            case 6: return JsItemDeepCopy.deepCopy((JsItem) in);
            case 7: return JsDogDeepCopy.deepCopy((JsDog) in);
            case 8: return JsCatDeepCopy.deepCopy((JsCat) in);
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
                JsDocument.class,
                JsArraySchema.class,
                JsLabels.class,
                JsPaths.class,
                JsSchema.class,
                JsMulti.class,
                JsItem.class,
                JsDog.class,
                JsCat.class);
    }

    private static final class JsonTree implements UnaryOperator<Object> {
        @Override
        public Object apply(Object in) {
            return copyJsonTree(in);
        }
    }
}
