package golden;

import io.github.deepcopygen.DeepCopy;

/** Rule 4: a field of another @DeepCopy type is copied by that type's copier; nested types get Outer_Inner names. */
@DeepCopy
public class NestedTypes {
    @DeepCopy
    public static class SecretKeyRef {
        String name;
        String key;
    }

    @DeepCopy
    static class Hidden {
        String note;
    }

    SecretKeyRef passwordRef;
    Hidden hidden;
}
