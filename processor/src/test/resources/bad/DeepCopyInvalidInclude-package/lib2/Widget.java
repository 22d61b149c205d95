package badinclude.lib2;

/**
 * A second Widget: its copier would be WidgetDeepCopy, then Lib2_WidgetDeepCopy, then
 * BadincludeLib2_WidgetDeepCopy, and classes listed before it hold all three.
 */
public class Widget {
    private int size;

    public int getSize() { return size; }
    public void setSize(int size) { this.size = size; }
}
