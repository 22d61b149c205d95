package lomboktest;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.Getter;
import lombok.Setter;
import lombok.Value;
import lombok.experimental.Accessors;
import lombok.experimental.FieldDefaults;

/**
 * Lombok's accessor styles, in either processor order: chained setters, fluent accessors named like the
 * field, a stripped field prefix, and fields Lombok makes private and final (@FieldDefaults).
 */
@DeepCopy
@Data
@Accessors(chain = true)
public class LombokAccessorStyles {
    private String id;
    private Boolean enabled;
    private List<String> tags;
    private Fluent fluent;
    private Prefixed prefixed;
    private Defaults defaults;
    private Point point;

    /** Fluent: name() and name(String), no get or set in front. */
    @DeepCopy
    @Getter
    @Setter
    @Accessors(fluent = true)
    public static class Fluent {
        private String name;
        private Map<String, List<Integer>> ports;
    }

    /** getName() for the field mName; the prefix a lower-case letter follows is kept: mode stays mode. */
    @DeepCopy
    @Data
    @Accessors(prefix = {"m", ""})
    public static class Prefixed {
        private String mName;
        private List<String> mode;
    }

    /** Package-private final fields in the source, private once Lombok ran: built, read through getters. */
    @DeepCopy
    @Getter
    @AllArgsConstructor
    @FieldDefaults(makeFinal = true, level = AccessLevel.PRIVATE)
    public static final class Defaults {
        String label;
        List<String> values;
    }

    /** Not @DeepCopy, fluent and final through @Value: rebuilt inline through x() and y(). */
    @Value
    @Accessors(fluent = true)
    public static class Point {
        int x;
        List<Integer> y;
    }
}
