package badinclude.lib;

/** Fine on its own; the Widget of bad.lib2 would take the same copier name. */
public class Widget {
    private String label;

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
