package golden.tlib;

import java.util.List;
import java.util.Map;

public class TRoot {
    private String name;
    private List<TChild> children;
    private Map<String, TLeaf> leaves;
    private TStatus status;
    private golden.tlib.v2.TLeaf nextLeaf;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<TChild> getChildren() { return children; }
    public void setChildren(List<TChild> children) { this.children = children; }
    public Map<String, TLeaf> getLeaves() { return leaves; }
    public void setLeaves(Map<String, TLeaf> leaves) { this.leaves = leaves; }
    public TStatus getStatus() { return status; }
    public void setStatus(TStatus status) { this.status = status; }
    public golden.tlib.v2.TLeaf getNextLeaf() { return nextLeaf; }
    public void setNextLeaf(golden.tlib.v2.TLeaf nextLeaf) { this.nextLeaf = nextLeaf; }
}
