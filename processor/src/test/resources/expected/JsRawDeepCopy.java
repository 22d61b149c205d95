package golden.jshapes;

import com.fasterxml.jackson.databind.JsonNode;
import golden.jslib.JsRaw;
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
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsRaw}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsRawDeepCopy {
    private JsRawDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsRaw deepCopy(JsRaw in) {
        if (in == null) {
            return null;
        }
        return JsRaw.of(copyJsonTree(in.getValue()));
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
                    throw new IllegalArgumentException("JsRawDeepCopy cannot copy the JSON object key " + entry.getKey() + ": JSON keys are strings. Fix: use string keys, or copy JsRaw with a method named in @DeepCopy(uses = ...) instead.");
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
        throw new IllegalArgumentException("JsRawDeepCopy cannot copy a " + in.getClass().getName() + " in a JSON tree, which holds only null, strings, booleans, numbers, dates and times, maps with string keys, lists and Jackson's nodes. Fix: put JSON values in it, or copy JsRaw with a method named in @DeepCopy(uses = ...) instead.");
    }
}
