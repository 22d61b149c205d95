package bad;

import io.github.deepcopygen.DeepCopy;

// javac marks the class in the array, ECJ the whole uses attribute: on one line, both agree.
@DeepCopy(uses = {DeepCopyAmbiguousUses.Copies.class, DeepCopyAmbiguousUses.MoreCopies.class}) // error: [DeepCopyAmbiguousUses] Copies.copyColor and MoreCopies.cloneColor
public class DeepCopyAmbiguousUses {
    public static class Color {
        public int rgb;
    }

    public static class Copies {
        public static Color copyColor(Color in) {
            Color out = new Color();
            out.rgb = in.rgb;
            return out;
        }
    }

    public static class MoreCopies {
        public static Color cloneColor(Color in) {
            return Copies.copyColor(in);
        }
    }

    Color color;
}
