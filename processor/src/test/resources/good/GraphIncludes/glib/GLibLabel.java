package golden.glib;

import java.util.Map;

/** A library's bean: private fields behind getters and setters. */
public class GLibLabel {
    private String name;
    private Map<String, String> values;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public Map<String, String> getValues() { return values; }
    public void setValues(Map<String, String> values) { this.values = values; }
}
