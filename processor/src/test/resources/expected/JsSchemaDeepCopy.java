package golden.jshapes;

import com.fasterxml.jackson.databind.JsonNode;
import golden.jslib.JsArraySchema;
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
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsSchema}, written by deepcopy-gen.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsSchemaDeepCopy {
    private JsSchemaDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> JsSchema<T> deepCopy(JsSchema<T> in, UnaryOperator<T> copyT) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsSchema.class) {
            throw new IllegalArgumentException("JsSchemaDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jslib.JsSchema: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JsSchema with a method named in @DeepCopy(uses = ...) instead.");
        }
        JsSchema<T> out = new JsSchema<>();
        deepCopyInto(in, out, copyT);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     * Each operator copies the values of one type parameter; it is never given null.
     */
    public static <T> void deepCopyInto(JsSchema<T> in, JsSchema<T> out, UnaryOperator<T> copyT) {
        T example = in.getExample();
        out.setExample(example == null ? null : copyT.apply(example));
        T default_ = in.getDefault();
        out.setDefault(default_ == null ? null : copyT.apply(default_));
        out.setAllOf(copyListOfJsSchema(in.getAllOf()));
        out.setAdditionalProperties(copyJsonTree(in.getAdditionalProperties()));
        out.setMaximum(copyJsonNumber(in.getMaximum()));
        out.setExampleSet(in.getExampleSet());
    }

    private static List<JsSchema> copyListOfJsSchema(List<JsSchema> in) {
        if (in == null) {
            return null;
        }
        List<JsSchema> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyJsSchema(in.get(i)));
            }
        } else {
            for (JsSchema element : in) {
                out.add(copyJsSchema(element));
            }
        }
        return out;
    }

    private static JsSchema copyJsSchema(JsSchema in) {
        if (in == null) {
            return null;
        }
        if (in instanceof JsArraySchema jsArraySchema) {
            return JsArraySchemaDeepCopy.deepCopy(jsArraySchema);
        }
        return JsSchemaDeepCopy.deepCopy((JsSchema<Object>) in, JsSchemaDeepCopy::copyJsonTree);
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
                    throw new IllegalArgumentException("JsSchemaDeepCopy cannot copy the JSON object key " + entry.getKey() + ": JSON keys are strings. Fix: use string keys, or copy JsSchema with a method named in @DeepCopy(uses = ...) instead.");
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
        throw new IllegalArgumentException("JsSchemaDeepCopy cannot copy a " + in.getClass().getName() + " in a JSON tree, which holds only null, strings, booleans, numbers, dates and times, maps with string keys, lists and Jackson's nodes. Fix: put JSON values in it, or copy JsSchema with a method named in @DeepCopy(uses = ...) instead.");
    }

    private static Number copyJsonNumber(Number in) {
        if (in == null) {
            return null;
        }
        if (in instanceof Integer || in instanceof Long || in instanceof Double
                || in instanceof Float || in instanceof Short || in instanceof Byte
                || in instanceof BigInteger || in instanceof BigDecimal) {
            return in;
        }
        throw new IllegalArgumentException("JsSchemaDeepCopy cannot copy a " + in.getClass().getName() + " in a JSON tree, which holds only null, strings, booleans, numbers, dates and times, maps with string keys, lists and Jackson's nodes. Fix: put JSON values in it, or copy JsSchema with a method named in @DeepCopy(uses = ...) instead.");
    }
}
