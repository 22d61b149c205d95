package golden.plib;

import java.util.List;

/** A subclass of a subclass: the dispatch must try it before PPersistent. */
public class PJbod extends PPersistent {
    private List<Integer> ids;

    public List<Integer> getIds() {
        return ids;
    }

    public void setIds(List<Integer> ids) {
        this.ids = ids;
    }
}
