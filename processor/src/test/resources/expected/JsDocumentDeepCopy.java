package golden.jshapes;

import com.fasterxml.jackson.databind.JsonNode;
import golden.jslib.JsArraySchema;
import golden.jslib.JsCat;
import golden.jslib.JsDocument;
import golden.jslib.JsDog;
import golden.jslib.JsPet;
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
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link JsDocument}, written by deepcopy-gen.
 */
@SuppressWarnings({"rawtypes", "unchecked", "deprecation"})
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class JsDocumentDeepCopy {
    private JsDocumentDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static JsDocument deepCopy(JsDocument in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != JsDocument.class) {
            throw new IllegalArgumentException("JsDocumentDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.jslib.JsDocument: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy JsDocument with a method named in @DeepCopy(uses = ...) instead.");
        }
        JsDocument out = new JsDocument();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(JsDocument in, JsDocument out) {
        out.setTitle(in.getTitle());
        out.setPaths(JsPathsDeepCopy.deepCopy(in.getPaths()));
        out.setSchemas(copyMapOfStringToJsSchema(in.getSchemas()));
        out.setRoot(copyJsSchemaOfAny(in.getRoot()));
        Collection<String> tags = in.getTags();
        Collection<String> target = out.getTags();
        if (target == null) {
            if (tags != null && !tags.isEmpty()) {
                throw new IllegalStateException("JsDocumentDeepCopy cannot copy the property tags of JsDocument: it has no setter, so the copy fills the collection that the target's getter returns, and that getter returned null. Fix: copy into an object made by the class's constructor, or copy JsDocument with a method named in @DeepCopy(uses = ...) instead.");
            }
        } else {
            target.clear();
            if (tags != null) {
                for (String element : tags) {
                    target.add(element);
                }
            }
        }
        Boolean draft = in.isDraft();
        if (draft != null) {
            out.setDraft(draft);
        } else if (out.isDraft() != null) {
            throw new IllegalStateException("JsDocumentDeepCopy cannot copy the property draft of JsDocument: it is null, and setDraft takes a primitive, so the copy cannot overwrite the value the target holds. Fix: copy into an object made by the class's constructor, or copy JsDocument with a method named in @DeepCopy(uses = ...) instead.");
        }
        out.setStorageClass(in.getStorageClass());
        out.setOwner(in.getOwner());
        out.setComponents(JsMultiDeepCopy.deepCopy(in.getComponents(), UnaryOperator.identity(), JsItemDeepCopy::deepCopy));
        out.setCreated(JsCreatedDeepCopy.deepCopy(in.getCreated()));
        out.setRaw(JsRawDeepCopy.deepCopy(in.getRaw()));
        out.setPets(copyListOfJsPet(in.getPets()));
    }

    private static Map<String, JsSchema> copyMapOfStringToJsSchema(Map<String, JsSchema> in) {
        if (in == null) {
            return null;
        }
        Map<String, JsSchema> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, JsSchema> entry : in.entrySet()) {
            out.put(entry.getKey(), copyJsSchema(entry.getValue()));
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
        return JsSchemaDeepCopy.deepCopy((JsSchema<Object>) in, JsDocumentDeepCopy::copyJsonTree);
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
                    throw new IllegalArgumentException("JsDocumentDeepCopy cannot copy the JSON object key " + entry.getKey() + ": JSON keys are strings. Fix: use string keys, or copy JsDocument with a method named in @DeepCopy(uses = ...) instead.");
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
        throw new IllegalArgumentException("JsDocumentDeepCopy cannot copy a " + in.getClass().getName() + " in a JSON tree, which holds only null, strings, booleans, numbers, dates and times, maps with string keys, lists and Jackson's nodes. Fix: put JSON values in it, or copy JsDocument with a method named in @DeepCopy(uses = ...) instead.");
    }

    private static JsSchema<?> copyJsSchemaOfAny(JsSchema<?> in) {
        if (in == null) {
            return null;
        }
        if (in instanceof JsArraySchema jsArraySchema) {
            return JsArraySchemaDeepCopy.deepCopy(jsArraySchema);
        }
        return JsSchemaDeepCopy.deepCopy((JsSchema<Object>) in, JsDocumentDeepCopy::copyJsonTree);
    }

    private static List<JsPet> copyListOfJsPet(List<JsPet> in) {
        if (in == null) {
            return null;
        }
        List<JsPet> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyJsPet(in.get(i)));
            }
        } else {
            for (JsPet element : in) {
                out.add(copyJsPet(element));
            }
        }
        return out;
    }

    private static JsPet copyJsPet(JsPet in) {
        if (in == null) {
            return null;
        }
        if (in instanceof JsCat jsCat) {
            return JsCatDeepCopy.deepCopy(jsCat);
        }
        if (in instanceof JsDog jsDog) {
            return JsDogDeepCopy.deepCopy(jsDog);
        }
        throw new IllegalArgumentException("JsDocumentDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the subclasses of golden.jslib.JsPet that this copier was compiled with (those the package's @DeepCopy.Include lists or reaches). Fix: list it in @DeepCopy.Include, or add it to the library's @JsonSubTypes.");
    }
}
