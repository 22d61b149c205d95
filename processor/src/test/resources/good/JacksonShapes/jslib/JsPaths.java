package golden.jslib;

import java.util.LinkedHashMap;
import java.util.Map;

public class JsPaths extends LinkedHashMap<String, JsItem> {
    private static final long serialVersionUID = 1L;

    private Map<String, Object> extensions;

    public Map<String, Object> getExtensions() {
        return extensions;
    }

    public void setExtensions(Map<String, Object> extensions) {
        this.extensions = extensions;
    }
}
