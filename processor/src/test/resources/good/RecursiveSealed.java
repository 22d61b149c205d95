package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rule 12 on a sealed interface whose permitted @DeepCopy records refer back to it: each record's own
 * copier breaks the cycle, so the dispatch can copy every case.
 */
@DeepCopy
public class RecursiveSealed {
    public sealed interface Expr {}

    public record Lit(int value) implements Expr {}

    @DeepCopy
    public record Neg(Expr operand) implements Expr {}

    @DeepCopy
    public record Add(Expr left, Expr right, List<String> notes) implements Expr {}

    Expr expr;
    List<Expr> exprs;
    Neg negation;
}
