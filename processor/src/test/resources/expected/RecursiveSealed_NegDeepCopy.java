package golden;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link RecursiveSealed.Neg}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class RecursiveSealed_NegDeepCopy {
    private RecursiveSealed_NegDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static RecursiveSealed.Neg deepCopy(RecursiveSealed.Neg in) {
        if (in == null) {
            return null;
        }
        return new RecursiveSealed.Neg(copyExpr(in.operand()));
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
        throw new IllegalArgumentException("RecursiveSealed_NegDeepCopy cannot copy " + in.getClass().getName() + ": it is none of the permitted subtypes of golden.RecursiveSealed.Expr that this copier was compiled with. Fix: recompile the copier.");
    }
}
