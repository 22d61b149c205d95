package badtransitive.tlibbad;

public class Holder {
    private Sealed sealed;

    public Sealed getSealed() { return sealed; }
    public void setSealed(Sealed sealed) { this.sealed = sealed; }
}
