package golden.tlib;

import java.util.List;

public class TBase {
    private List<String> tags;

    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags; }
}
