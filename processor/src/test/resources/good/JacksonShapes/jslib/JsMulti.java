package golden.jslib;

import java.util.LinkedHashMap;
import java.util.List;

/** A generic map of lists, as identity-server models have: its keys come from JSON strings. */
public class JsMulti<K, V> extends LinkedHashMap<K, List<V>> {
    private static final long serialVersionUID = 1L;
}
