package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/** Values that Jackson read as plain JSON: every Object in a @DeepCopy.JsonTree field is a JSON node. */
@DeepCopy
public class JsonTrees {
    @DeepCopy.JsonTree
    public Object value;

    @DeepCopy.JsonTree
    public Map<String, Object> additionalProperties;

    @DeepCopy.JsonTree
    public List<Object> items;

    @DeepCopy.JsonTree
    public Map<String, List<Object>> groups;

    /** The annotation changes only what Object means: other types follow the usual rules. */
    @DeepCopy.JsonTree
    public List<String> names;
}
