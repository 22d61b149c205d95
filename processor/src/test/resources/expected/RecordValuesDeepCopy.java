package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link RecordValues}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class RecordValuesDeepCopy {
    private RecordValuesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static RecordValues deepCopy(RecordValues in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != RecordValues.class) {
            throw new IllegalArgumentException("RecordValuesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.RecordValues: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make RecordValues sealed or final.");
        }
        RecordValues out = new RecordValues();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(RecordValues in, RecordValues out) {
        out.origin = in.origin;
        out.route = copyPath(in.route);
        out.chain = in.chain;
        out.labelled = copyPairOfStringAndPath(in.labelled);
        out.paths = copyListOfPath(in.paths);
    }

    private static RecordValues.Path copyPath(RecordValues.Path in) {
        if (in == null) {
            return null;
        }
        List<RecordValues.Point> points = in.points();
        return new RecordValues.Path(in.name(), points == null ? null : new ArrayList<>(points));
    }

    private static RecordValues.Pair<String, RecordValues.Path> copyPairOfStringAndPath(
            RecordValues.Pair<String, RecordValues.Path> in) {
        if (in == null) {
            return null;
        }
        return new RecordValues.Pair<>(in.first(), copyPath(in.second()));
    }

    private static List<RecordValues.Path> copyListOfPath(List<RecordValues.Path> in) {
        if (in == null) {
            return null;
        }
        List<RecordValues.Path> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyPath(in.get(i)));
            }
        } else {
            for (RecordValues.Path element : in) {
                out.add(copyPath(element));
            }
        }
        return out;
    }
}
