package golden.jlib;

import java.util.LinkedHashMap;
import java.util.Map;

public class JBroker implements Preserving {
    private String name;
    private JListener listener;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public JListener getListener() {
        return listener;
    }

    public void setListener(JListener listener) {
        this.listener = listener;
    }

    @Override
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @Override
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }
}
