package badinclude.lib2;

/** Named so that its copier holds a name the Widget beside it would fall back to. */
public class Lib2_Widget {
    private int count;

    public int getCount() { return count; }
    public void setCount(int count) { this.count = count; }
}
