package lomboktest;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;
import lombok.Value;
import lombok.With;

/**
 * Lombok's @Value: final private fields, getters and a constructor taking every field, which the copy is
 * built through (copy rule 10), in either processor order; @With adds nothing the copy needs.
 */
@DeepCopy
@Value
@With
public class LombokValue {
    String name;
    boolean primary;
    List<String> tags;
    Map<String, List<Integer>> ports;
    Inner inner;

    @DeepCopy
    @Value
    public static class Inner {
        String label;
        List<String> values;
    }
}
