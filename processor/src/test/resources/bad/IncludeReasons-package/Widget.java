package badinclude2;

import io.github.deepcopygen.DeepCopy;

/** A @DeepCopy type whose copier, WidgetDeepCopy, the include of lib.Widget would also write. */
@DeepCopy
public class Widget {
    String name;
}
