package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.Data;

/**
 * Lombok's annotations, but no Lombok on the processor path (javac 23 and later run no processor found
 * only on the class path): the copier calls what Lombok would have written, and nothing wrote it.
 */
@DeepCopy
@Data
public class DeepCopyLombokMismatch { // error: [DeepCopyLombokMismatch] DeepCopyLombokMismatch carries Lombok annotations and deepcopy-gen saw it before Lombok had written anything, so the generated DeepCopyLombokMismatchDeepCopy calls what Lombok writes by default: getName(), setName(...), getTags(), setTags(...)
    private String name;
    private List<String> tags;

    public DeepCopyLombokMismatch() {}
}
