package golden.lib;

/** Shaped like fabric8's AnyType: one Object, which is JSON. */
public class LibAny {
    protected Object value;

    public Object getValue() { return value; }
    public void setValue(Object value) { this.value = value; }
}
