package bad;

import io.github.deepcopygen.DeepCopy;

public class DeepCopyInvalidTarget {
    @DeepCopy
    interface Shape {} // error: [DeepCopyInvalidTarget] is an interface

    @DeepCopy
    enum Phase { READY } // error: [DeepCopyInvalidTarget] is an enum

    @DeepCopy
    class Inner {} // error: [DeepCopyInvalidTarget] is an inner class

    @DeepCopy
    private static class Hidden {} // error: [DeepCopyInvalidTarget] is private
}
