package golden.tlib.v2;

import java.util.Map;

/** Another version's TLeaf: reached second, so its copier is V2_TLeafDeepCopy. */
public class TLeaf {
    private Map<String, String> labels;

    public Map<String, String> getLabels() { return labels; }
    public void setLabels(Map<String, String> labels) { this.labels = labels; }
}
