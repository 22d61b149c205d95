package lomboktest;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokAccessors}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokAccessorsDeepCopy {
    private LombokAccessorsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokAccessors deepCopy(LombokAccessors in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokAccessors.class) {
            throw new IllegalArgumentException("LombokAccessorsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokAccessors: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make LombokAccessors sealed or final.");
        }
        LombokAccessors out = new LombokAccessors();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokAccessors in, LombokAccessors out) {
        out.setName(in.getName());
        List<Integer> scores = in.getScores();
        out.setScores(scores == null ? null : new ArrayList<>(scores));
        List<String> notes = in.getNotes();
        out.setNotes(notes == null ? null : new ArrayList<>(notes));
        out.count = in.count;
    }
}
