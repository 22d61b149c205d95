package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.BitSet;
import java.util.HashMap;

/** Each of two fields of the same name is analysed as its own type, on both compilers. */
public class HiddenFieldTypes {
    public static class Base {
        public Thread worker; // error: [DeepCopyUnsupportedType] cannot copy java.lang.Thread
    }

    @DeepCopy
    public static class Sub extends Base {
        public HashMap<BitSet, String> worker; // error: [DeepCopyMutableMapKey] java.util.BitSet
    }
}
