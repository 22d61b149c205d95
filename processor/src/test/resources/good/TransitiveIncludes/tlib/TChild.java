package golden.tlib;

public class TChild extends TBase {
    private TLeaf leaf;
    private int count;

    public TLeaf getLeaf() { return leaf; }
    public void setLeaf(TLeaf leaf) { this.leaf = leaf; }
    public int getCount() { return count; }
    public void setCount(int count) { this.count = count; }
}
