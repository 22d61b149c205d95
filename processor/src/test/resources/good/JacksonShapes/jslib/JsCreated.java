package golden.jslib;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Built by Jackson through its creator; its label is derived from the id, never written. */
public class JsCreated {
    private final String id;
    private final List<String> tags;
    private final String label;

    @JsonCreator
    public JsCreated(@JsonProperty("id") String id, @JsonProperty("tags") List<String> tags) {
        this.id = id;
        this.tags = tags;
        this.label = "created " + id;
    }

    public String getId() {
        return id;
    }

    public List<String> getTags() {
        return tags;
    }

    public String getLabel() {
        return label;
    }
}
