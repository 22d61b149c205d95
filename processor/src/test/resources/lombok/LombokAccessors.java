package lomboktest;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

/** @Getter and @Setter on the class, and on single fields, at levels the copier's package can call. */
@DeepCopy
@Getter
@Setter
public class LombokAccessors {
    private String name;
    private List<Integer> scores;
    @Getter(AccessLevel.PACKAGE)
    @Setter(AccessLevel.PROTECTED)
    private List<String> notes;
    int count;

    @DeepCopy
    public static class Single {
        @Getter
        @Setter
        private List<String> values;
        private @Getter @Setter boolean enabled;
    }
}
