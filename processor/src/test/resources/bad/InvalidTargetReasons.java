package bad;

import io.github.deepcopygen.DeepCopy;

public class InvalidTargetReasons {
    @DeepCopy
    @interface Marker {} // error: [DeepCopyInvalidTarget] is an annotation type

    private static class Outer {
        @DeepCopy
        static class Nested {} // error: [DeepCopyInvalidTarget] nested in the private class Outer
    }

    /** No processor sees a local class: no error, and no copier. */
    void method() {
        @DeepCopy
        class Local {}
    }
}
