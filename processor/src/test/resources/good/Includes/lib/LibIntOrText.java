package golden.lib;

/** Shaped like fabric8's IntOrString: a subclass that overrides the setter it inherits. */
public class LibIntOrText extends LibAny {
    @Override
    public void setValue(Object value) { super.setValue(value); }

    public Integer getIntVal() { return value instanceof Integer i ? i : null; }
}
