package golden;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link NestedGenericRecords}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class NestedGenericRecordsDeepCopy {
    private NestedGenericRecordsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static NestedGenericRecords deepCopy(NestedGenericRecords in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != NestedGenericRecords.class) {
            throw new IllegalArgumentException("NestedGenericRecordsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.NestedGenericRecords: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make NestedGenericRecords sealed or final.");
        }
        NestedGenericRecords out = new NestedGenericRecords();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(NestedGenericRecords in, NestedGenericRecords out) {
        out.tagged = copyTaggedOfTaggedOfListOfString(in.tagged);
        out.immutable = in.immutable;
        out.pairs = copyPairOfPairOfStringAndListOfIntegerAndPairOfIntegerAndString(in.pairs);
    }

    private static NestedGenericRecords.Tagged<NestedGenericRecords.Tagged<List<String>>> copyTaggedOfTaggedOfListOfString(
            NestedGenericRecords.Tagged<NestedGenericRecords.Tagged<List<String>>> in) {
        if (in == null) {
            return null;
        }
        return new NestedGenericRecords.Tagged<>(copyTaggedOfListOfString(in.value()), in.count());
    }

    private static NestedGenericRecords.Tagged<List<String>> copyTaggedOfListOfString(
            NestedGenericRecords.Tagged<List<String>> in) {
        if (in == null) {
            return null;
        }
        List<String> value = in.value();
        return new NestedGenericRecords.Tagged<>(value == null ? null : new ArrayList<>(value),
                in.count());
    }

    private static NestedGenericRecords.Pair<NestedGenericRecords.Pair<String, List<Integer>>, NestedGenericRecords.Pair<Integer, String>> copyPairOfPairOfStringAndListOfIntegerAndPairOfIntegerAndString(
            NestedGenericRecords.Pair<NestedGenericRecords.Pair<String, List<Integer>>, NestedGenericRecords.Pair<Integer, String>> in) {
        if (in == null) {
            return null;
        }
        return new NestedGenericRecords.Pair<>(copyPairOfStringAndListOfInteger(in.first()),
                in.second());
    }

    private static NestedGenericRecords.Pair<String, List<Integer>> copyPairOfStringAndListOfInteger(
            NestedGenericRecords.Pair<String, List<Integer>> in) {
        if (in == null) {
            return null;
        }
        List<Integer> second = in.second();
        return new NestedGenericRecords.Pair<>(in.first(),
                second == null ? null : new ArrayList<>(second));
    }
}
