package golden.tlib.v2;

import java.util.List;

/** Another version's TRoot, listed after the first: its copier is V2_TRootDeepCopy. */
public class TRoot {
    private List<TLeaf> leaves;

    public List<TLeaf> getLeaves() { return leaves; }
    public void setLeaves(List<TLeaf> leaves) { this.leaves = leaves; }
}
