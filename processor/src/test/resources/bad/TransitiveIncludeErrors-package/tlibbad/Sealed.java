package badtransitive.tlibbad;

/** Made only by its factory: no copier can create one. */
public class Sealed {
    private String value;

    private Sealed() {}

    public static Sealed of(String value) {
        Sealed sealed = new Sealed();
        sealed.value = value;
        return sealed;
    }

    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
