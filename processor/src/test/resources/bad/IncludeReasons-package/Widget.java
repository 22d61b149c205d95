package badinclude2;

import io.github.deepcopygen.DeepCopy;

/**
 * A @DeepCopy type whose copier, WidgetDeepCopy, is the name the include of lib.Widget wants first; Lib
 * and Badinclude2Lib hold the names it would fall back to.
 */
@DeepCopy
public class Widget {
    String name;
}
