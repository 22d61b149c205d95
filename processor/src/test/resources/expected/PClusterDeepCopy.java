package golden.subtypes;

import golden.plib.PCluster;
import golden.plib.PEphemeral;
import golden.plib.PJbod;
import golden.plib.PPersistent;
import golden.plib.PStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link PCluster}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class PClusterDeepCopy {
    private PClusterDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static PCluster deepCopy(PCluster in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != PCluster.class) {
            throw new IllegalArgumentException("PClusterDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.plib.PCluster: its own fields would be lost. Fix: list the subclass in @DeepCopy.Include, or copy PCluster with a method named in @DeepCopy(uses = ...) instead.");
        }
        PCluster out = new PCluster();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(PCluster in, PCluster out) {
        out.setStorage(copyPStorage(in.getStorage()));
        out.setVolumes(copyListOfPStorage(in.getVolumes()));
    }

    private static PStorage copyPStorage(PStorage in) {
        if (in == null) {
            return null;
        }
        if (in instanceof PJbod pJbod) {
            return PJbodDeepCopy.deepCopy(pJbod);
        }
        if (in instanceof PEphemeral pEphemeral) {
            return PEphemeralDeepCopy.deepCopy(pEphemeral);
        }
        if (in instanceof PPersistent pPersistent) {
            return copyPPersistent(pPersistent);
        }
        throw new IllegalArgumentException("PClusterDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the subclasses of golden.plib.PStorage that this copier was compiled with (those the package's @DeepCopy.Include lists or reaches). Fix: list it in @DeepCopy.Include, or add it to the library's @JsonSubTypes.");
    }

    private static PPersistent copyPPersistent(PPersistent in) {
        if (in == null) {
            return null;
        }
        if (in instanceof PJbod pJbod) {
            return PJbodDeepCopy.deepCopy(pJbod);
        }
        return PPersistentDeepCopy.deepCopy(in);
    }

    private static List<PStorage> copyListOfPStorage(List<PStorage> in) {
        if (in == null) {
            return null;
        }
        List<PStorage> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyPStorage(in.get(i)));
            }
        } else {
            for (PStorage element : in) {
                out.add(copyPStorage(element));
            }
        }
        return out;
    }
}
