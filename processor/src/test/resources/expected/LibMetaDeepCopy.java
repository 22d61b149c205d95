package golden;

import com.fasterxml.jackson.databind.JsonNode;
import golden.lib.LibMeta;
import golden.lib.LibOwner;
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
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LibMeta}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LibMetaDeepCopy {
    private LibMetaDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LibMeta deepCopy(LibMeta in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LibMeta.class) {
            throw new IllegalArgumentException("LibMetaDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.lib.LibMeta: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy LibMeta with a method named in @DeepCopy(uses = ...) instead.");
        }
        LibMeta out = new LibMeta();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LibMeta in, LibMeta out) {
        out.setName(in.getName());
        out.setContinue(in.getContinue());
        Map<String, String> labels = in.getLabels();
        out.setLabels(labels == null ? null : new LinkedHashMap<>(labels));
        out.setOwners(copyListOfLibOwner(in.getOwners()));
        out.set$ref(in.get$ref());
        List<String> finalizers = in.getFinalizers();
        out.setFinalizers(finalizers == null ? null : new ArrayList<>(finalizers));
        out.setAdditionalProperties(copyMapOfStringToObject(in.getAdditionalProperties()));
    }

    private static List<LibOwner> copyListOfLibOwner(List<LibOwner> in) {
        if (in == null) {
            return null;
        }
        List<LibOwner> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(LibOwnerDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (LibOwner element : in) {
                out.add(LibOwnerDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static Map<String, Object> copyMapOfStringToObject(Map<String, Object> in) {
        if (in == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, Object> entry : in.entrySet()) {
            out.put(entry.getKey(), copyJsonTree(entry.getValue()));
        }
        return out;
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
                    throw new IllegalArgumentException("LibMetaDeepCopy cannot copy the JSON object key " + entry.getKey() + ": JSON keys are strings. Fix: use string keys, or copy LibMeta with a method named in @DeepCopy(uses = ...) instead.");
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
        throw new IllegalArgumentException("LibMetaDeepCopy cannot copy a " + in.getClass().getName() + " in a JSON tree, which holds only null, strings, booleans, numbers, dates and times, maps with string keys, lists and Jackson's nodes. Fix: put JSON values in it, or copy LibMeta with a method named in @DeepCopy(uses = ...) instead.");
    }
}
