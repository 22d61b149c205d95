package golden.jslib;

import java.util.ArrayList;
import java.util.List;

/** A getter-only list that the class makes only when a label is added. */
public class JsLabels {
    private List<String> labels;

    public List<String> getLabels() {
        return labels;
    }

    public void addLabel(String label) {
        if (labels == null) {
            labels = new ArrayList<>();
        }
        labels.add(label);
    }
}
