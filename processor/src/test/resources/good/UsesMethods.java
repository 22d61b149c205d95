package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** Rule 5: types we cannot annotate are copied by the static methods of a class named in uses. */
@DeepCopy(uses = UsesMethods.LibraryCopies.class)
public class UsesMethods {
    /** Stands for a library class: no @DeepCopy, no deepCopy() method. */
    public static class Color {
        public int rgb;
    }

    public static final class LibraryCopies {
        private LibraryCopies() {}

        public static Color copyColor(Color in) {
            Color out = new Color();
            out.rgb = in.rgb;
            return out;
        }
    }

    Color background;
    List<Color> palette;
}
