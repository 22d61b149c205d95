package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.HashMap;

/** Rule 7: a user's subclass of a JDK collection is copied into a new instance of that subclass. */
@DeepCopy
public class CollectionSubclasses {
    @DeepCopy
    public static class Bar {
        String name;
    }

    /** Not final: the copy refuses a subclass of it rather than lose its class. */
    public static class Bars extends ArrayList<Bar> {
        private static final long serialVersionUID = 1L;
    }

    public static final class Labels extends HashMap<String, String> {
        private static final long serialVersionUID = 1L;
    }

    Bars bars;
    Labels labels;
}
