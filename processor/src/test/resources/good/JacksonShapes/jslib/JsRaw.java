package golden.jslib;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A JSON value kept whole: Jackson writes its value and reads it back through of(Object). */
public final class JsRaw {
    private final Object value;

    private JsRaw(Object value) {
        this.value = value;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JsRaw of(Object value) {
        return new JsRaw(value);
    }

    @JsonValue
    public Object getValue() {
        return value;
    }
}
