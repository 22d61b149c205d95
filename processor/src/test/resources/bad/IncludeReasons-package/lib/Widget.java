package badinclude2.lib;

/** A library bean, listed by the package, whose copier's name is taken. */
public class Widget {
    private String label;

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
