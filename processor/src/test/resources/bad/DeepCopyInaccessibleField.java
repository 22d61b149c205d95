package bad;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public class DeepCopyInaccessibleField {
    private String hidden; // error: [DeepCopyInaccessibleField] cannot be read or written
    private String readOnly; // error: [DeepCopyInaccessibleField] has no setter setReadOnly(String)
    final String fixed = "x"; // error: [DeepCopyInaccessibleField] it is final

    public String getReadOnly() {
        return readOnly;
    }
}
