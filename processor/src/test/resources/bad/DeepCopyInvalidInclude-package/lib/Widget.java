package badinclude.lib;

/** Fine on its own: it takes WidgetDeepCopy, the first name the Widget of badinclude.lib2 would want. */
public class Widget {
    private String label;

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
