package golden.jslib;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of items with properties of its own, as swagger's Paths. They are transient, as a
 * Serializable map's non-serializable fields must be; Jackson and the copy reach them through their
 * accessors all the same.
 */
public class JsPaths extends LinkedHashMap<String, JsItem> {
    private static final long serialVersionUID = 1L;

    private transient Map<String, Object> extensions;
    private transient JsItem fallback;

    public Map<String, Object> getExtensions() {
        return extensions;
    }

    public void setExtensions(Map<String, Object> extensions) {
        this.extensions = extensions;
    }

    public JsItem getFallback() {
        return fallback;
    }

    /** As swagger's ApiResponses.setDefault: the property is an entry too, null or not. */
    public void setFallback(JsItem fallback) {
        this.fallback = fallback;
        put("fallback", fallback);
    }
}
