package bad;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public class DeepCopyInaccessibleSuperclass extends other.VisibleBase { // error: [DeepCopyInaccessibleSuperclass] is not visible from package bad
    String name;
}
