package badinclude2;

import io.github.deepcopygen.DeepCopy;

/** Holds Badinclude2Lib_WidgetDeepCopy, the last name lib.Widget's copier could take. */
public class Badinclude2Lib {
    @DeepCopy
    public static class Widget {
        String name;
    }
}
