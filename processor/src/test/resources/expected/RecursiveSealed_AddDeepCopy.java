package golden;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link RecursiveSealed.Add}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class RecursiveSealed_AddDeepCopy {
    private RecursiveSealed_AddDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static RecursiveSealed.Add deepCopy(RecursiveSealed.Add in) {
        if (in == null) {
            return null;
        }
        List<String> notes = in.notes();
        return new RecursiveSealed.Add(copyExpr(in.left()), copyExpr(in.right()),
                notes == null ? null : new ArrayList<>(notes));
    }

    private static RecursiveSealed.Expr copyExpr(RecursiveSealed.Expr in) {
        if (in == null) {
            return null;
        }
        if (in instanceof RecursiveSealed.Add add) {
            return RecursiveSealed_AddDeepCopy.deepCopy(add);
        }
        if (in instanceof RecursiveSealed.Lit lit) {
            return lit;
        }
        if (in instanceof RecursiveSealed.Neg neg) {
            return RecursiveSealed_NegDeepCopy.deepCopy(neg);
        }
        throw new IllegalArgumentException("RecursiveSealed_AddDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.RecursiveSealed.Expr that this copier was compiled with. Fix: recompile the copier.");
    }
}
