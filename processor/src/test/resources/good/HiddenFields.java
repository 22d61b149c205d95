package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/**
 * Section 5: a field that hides a superclass field of the same name leaves two fields in the object,
 * and both are copied, the hidden one through a cast to its declaring class.
 */
@DeepCopy
public class HiddenFields {
    /** Not annotated: its fields are copied by the subclass's copier. */
    public static class Base {
        List<String> items;
        public String name;
        public List<String> tags;
    }

    @DeepCopy
    public static class Sub extends Base {
        List<String> items;
        private String name;
        /** Another type than the field it hides: each is copied as its own type, on both compilers. */
        public Map<String, List<Integer>> tags;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** Generic: the cast names the superclass with the type arguments the subclass gives it. */
    public static class Pair<A> {
        A first;
        List<A> more;
    }

    @DeepCopy
    public static class Named extends Pair<String> {
        List<String> more;
    }

    Sub sub;
    Named named;
}
