package bad;

import io.github.deepcopygen.DeepCopy;

/** A private field with a setter and no getter; a boolean one is told of its isX() getter. */
@DeepCopy
public class InaccessibleFieldReasons {
    private String name; // error: [DeepCopyInaccessibleField] no getter getName() returning java.lang.String
    private boolean ready; // error: [DeepCopyInaccessibleField] add a getter isReady()

    public void setName(String name) {
        this.name = name;
    }

    public void setReady(boolean ready) {
        this.ready = ready;
    }
}
