package lomboktest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokValueFields}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokValueFieldsDeepCopy {
    private LombokValueFieldsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokValueFields deepCopy(LombokValueFields in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokValueFields.class) {
            throw new IllegalArgumentException("LombokValueFieldsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokValueFields: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make LombokValueFields sealed or final.");
        }
        LombokValueFields out = new LombokValueFields();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokValueFields in, LombokValueFields out) {
        out.setTotal(in.getTotal());
        List<LombokValueFields.Money> lines = in.getLines();
        out.setLines(lines == null ? null : new ArrayList<>(lines));
        out.setTagged(copyMapOfStringToTagged(in.getTagged()));
        out.setOpen(copyOpen(in.getOpen()));
    }

    private static Map<String, LombokValueFields.Tagged> copyMapOfStringToTagged(
            Map<String, LombokValueFields.Tagged> in) {
        if (in == null) {
            return null;
        }
        Map<String, LombokValueFields.Tagged> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, LombokValueFields.Tagged> entry : in.entrySet()) {
            out.put(entry.getKey(), copyTagged(entry.getValue()));
        }
        return out;
    }

    private static LombokValueFields.Tagged copyTagged(LombokValueFields.Tagged in) {
        if (in == null) {
            return null;
        }
        List<String> tags = in.getTags();
        return new LombokValueFields.Tagged(in.getName(), in.isPrimary(),
                tags == null ? null : new ArrayList<>(tags));
    }

    private static LombokValueFields.Open copyOpen(LombokValueFields.Open in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokValueFields.Open.class) {
            throw new IllegalArgumentException("LombokValueFieldsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokValueFields.Open: rebuilding it through the constructor of Open would lose the subclass's fields. Fix: make Open final, or annotate it with @DeepCopy and give the hierarchy a deepCopy() method that the subclass overrides.");
        }
        List<Integer> values = in.getValues();
        return new LombokValueFields.Open(values == null ? null : new ArrayList<>(values));
    }
}
