package lomboktest;

import io.github.deepcopygen.DeepCopy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import lombok.Data;
import lombok.Value;
import lombok.experimental.NonFinal;

/**
 * Fields whose types are Lombok @Value classes that are not @DeepCopy themselves: copy rule 10 inline,
 * in either processor order. Listed after deepcopy-gen, Lombok has made none of their fields final yet.
 */
@DeepCopy
@Data
public class LombokValueFields {
    private Money total;
    private List<Money> lines;
    private Map<String, Tagged> tagged;
    private Open open;

    /** Every field immutable: shared. */
    @Value
    public static class Money {
        BigDecimal amount;
        String currency;
    }

    /** A mutable list inside: rebuilt through Lombok's constructor, read through its getters. */
    @Value
    public static class Tagged {
        String name;
        boolean primary;
        List<String> tags;
    }

    /** Not made final by Lombok: the copy refuses a subclass, whose fields it would lose. */
    @Value
    @NonFinal
    public static class Open {
        List<Integer> values;
    }
}
