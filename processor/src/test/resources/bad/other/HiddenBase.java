package other;

import io.github.deepcopygen.DeepCopy;

/** Package-private, so its copier is too: subclasses in other packages cannot call it. */
@DeepCopy
abstract class HiddenBase {
    public String id;
}
