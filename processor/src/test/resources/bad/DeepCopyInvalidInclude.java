package badinclude;

import io.github.deepcopygen.DeepCopy;

/**
 * The classes that package-info.java beside this case lists in @DeepCopy.Include: every error points at
 * the list, which is on one line because javac marks each class in it and ECJ the whole list. The
 * package is not "bad": ECJ would find the other cases' sources in that folder of the test class path.
 */
@DeepCopy
public class DeepCopyInvalidInclude {
    String name;

    public enum Color { RED, GREEN }

    public static class Hidden {
        private Hidden() {}
    }

    /** Listed in its own package, where the copier can call its package-private constructor: no error. */
    public static class Nearby {
        private String name;

        Nearby() {}

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
