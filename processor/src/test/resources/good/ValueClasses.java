package golden;

import io.github.deepcopygen.DeepCopy;
import java.beans.ConstructorProperties;
import java.util.List;
import java.util.Map;

/**
 * Classes whose fields are all final (copy rule 10): the copy is built through the constructor that takes
 * each field, matched by name and type, with each field read itself when the copier can see it and
 * through its getter when it is private. A class that is not final refuses a subclass.
 */
@DeepCopy
public final class ValueClasses {
    private final String name;
    private final List<String> tags;
    final Map<String, List<String>> groups;
    private final boolean enabled;
    private final Point origin;

    public ValueClasses(String name, List<String> tags, Map<String, List<String>> groups, boolean enabled,
            Point origin) {
        this.name = name;
        this.tags = tags;
        this.groups = groups;
        this.enabled = enabled;
        this.origin = origin;
    }

    public String getName() {
        return name;
    }

    public List<String> getTags() {
        return tags;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Point getOrigin() {
        return origin;
    }

    /** Its constructor names its parameters with @ConstructorProperties, in another order than the fields. */
    @DeepCopy
    public static class Point {
        final int x;
        final int y;
        final List<Integer> path;

        @ConstructorProperties({"path", "y", "x"})
        public Point(List<Integer> steps, int down, int across) {
            this.path = steps;
            this.y = down;
            this.x = across;
        }
    }
}
