package badinclude2;

import io.github.deepcopygen.DeepCopy;

/** Holds Lib_WidgetDeepCopy, the name lib.Widget's copier wants second. */
public class Lib {
    @DeepCopy
    public static class Widget {
        String name;
    }
}
