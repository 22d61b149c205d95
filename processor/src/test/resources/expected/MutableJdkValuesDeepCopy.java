package golden;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link MutableJdkValues}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class MutableJdkValuesDeepCopy {
    private MutableJdkValuesDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static MutableJdkValues deepCopy(MutableJdkValues in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != MutableJdkValues.class) {
            throw new IllegalArgumentException("MutableJdkValuesDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.MutableJdkValues: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make MutableJdkValues sealed or final.");
        }
        MutableJdkValues out = new MutableJdkValues();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(MutableJdkValues in, MutableJdkValues out) {
        out.lastHealthCheck = in.lastHealthCheck == null ? null : (Date) in.lastHealthCheck.clone();
        out.recordedAt = in.recordedAt == null ? null : (Timestamp) in.recordedAt.clone();
        out.history = copyListOfDate(in.history);
        out.schedule = in.schedule == null ? null : (Calendar) in.schedule.clone();
        out.flags = in.flags == null ? null : (BitSet) in.flags.clone();
        out.restarts = in.restarts == null ? null : new AtomicInteger(in.restarts.get());
        out.bytesSent = in.bytesSent == null ? null : new AtomicLong(in.bytesSent.get());
        out.ready = in.ready == null ? null : new AtomicBoolean(in.ready.get());
    }

    private static List<Date> copyListOfDate(List<Date> in) {
        if (in == null) {
            return null;
        }
        List<Date> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                Date element = in.get(i);
                out.add(element == null ? null : (Date) element.clone());
            }
        } else {
            for (Date element : in) {
                out.add(element == null ? null : (Date) element.clone());
            }
        }
        return out;
    }
}
