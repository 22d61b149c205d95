package lomboktest;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link LombokData.Address}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class LombokData_AddressDeepCopy {
    private LombokData_AddressDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static LombokData.Address deepCopy(LombokData.Address in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != LombokData.Address.class) {
            throw new IllegalArgumentException("LombokData_AddressDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of lomboktest.LombokData.Address: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make Address sealed or final.");
        }
        LombokData.Address out = new LombokData.Address();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(LombokData.Address in, LombokData.Address out) {
        out.setCity(in.getCity());
        List<String> lines = in.getLines();
        out.setLines(lines == null ? null : new ArrayList<>(lines));
    }
}
