package bad;

import io.github.deepcopygen.DeepCopy;

/** An error on a record component has a file and a line (on ECJ, which places no record element, the enclosing class's). */
public class RecordComponentError {
    @DeepCopy
    public record Job(String name, Thread worker) {} // error: [DeepCopyUnsupportedType] cannot copy java.lang.Thread
}
