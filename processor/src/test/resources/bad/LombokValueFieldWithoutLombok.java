package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.Value;

/**
 * A field whose type is a Lombok @Value class, with Lombok not on the processor path: the copy is built
 * through the constructor and getters Lombok would have written, and the last round finds them missing.
 */
@DeepCopy
public class LombokValueFieldWithoutLombok {
    Tagged tagged;

    @Value
    public static class Tagged { // error: [DeepCopyLombokMismatch] Tagged carries Lombok annotations and deepcopy-gen saw it before Lombok had written anything, so the generated LombokValueFieldWithoutLombokDeepCopy calls what Lombok writes by default: a constructor taking every field, getName(), getTags(); but once Lombok had run, Tagged still lacked a constructor taking every field, getName(), getTags()
        String name;
        List<String> tags;
    }
}
