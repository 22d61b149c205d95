package bad;

import io.github.deepcopygen.DeepCopy;

// javac marks the class in the array, ECJ the whole uses attribute: on one line, both agree.
@DeepCopy(uses = {DeepCopyInvalidUses.NoCopyMethod.class, DeepCopyInvalidUses.Copies.class}) // error: [DeepCopyInvalidUses] DeepCopyInvalidUses.NoCopyMethod is named in @DeepCopy(uses = ...)
public class DeepCopyInvalidUses {
    public static class Color {
        public int rgb;
    }

    /** Its only candidate is not static, and the other returns another type. */
    public static class NoCopyMethod {
        public Color copy(Color in) {
            return in;
        }

        public static String describe(Color in) {
            return "#" + in.rgb;
        }
    }

    public static class Copies {
        public static Color copyColor(Color in) {
            Color out = new Color();
            out.rgb = in.rgb;
            return out;
        }
    }

    Color color;
}
