package golden.tlib;

import java.util.List;

public class TLeaf {
    private List<String> lines;

    public List<String> getLines() { return lines; }
    public void setLines(List<String> lines) { this.lines = lines; }
}
