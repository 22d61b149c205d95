package golden;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link RecursiveSealed}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class RecursiveSealedDeepCopy {
    private RecursiveSealedDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static RecursiveSealed deepCopy(RecursiveSealed in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != RecursiveSealed.class) {
            throw new IllegalArgumentException("RecursiveSealedDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.RecursiveSealed: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make RecursiveSealed sealed or final.");
        }
        RecursiveSealed out = new RecursiveSealed();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(RecursiveSealed in, RecursiveSealed out) {
        out.expr = copyExpr(in.expr);
        out.exprs = copyListOfExpr(in.exprs);
        out.negation = RecursiveSealed_NegDeepCopy.deepCopy(in.negation);
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
        throw new IllegalArgumentException("RecursiveSealedDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.RecursiveSealed.Expr that this copier was compiled with. Fix: recompile the copier.");
    }

    private static List<RecursiveSealed.Expr> copyListOfExpr(List<RecursiveSealed.Expr> in) {
        if (in == null) {
            return null;
        }
        List<RecursiveSealed.Expr> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyExpr(in.get(i)));
            }
        } else {
            for (RecursiveSealed.Expr element : in) {
                out.add(copyExpr(element));
            }
        }
        return out;
    }
}
