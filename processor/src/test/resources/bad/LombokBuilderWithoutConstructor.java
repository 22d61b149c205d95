package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.Builder;

/**
 * Lombok's @Builder builds through a constructor taking every field, here written by hand, as Lombok would
 * write it for @Builder alone: no constructor without parameters, and the fix names what to add.
 */
@DeepCopy
@Builder
public class LombokBuilderWithoutConstructor { // error: [DeepCopyNoConstructor] Fix: add a public or package-private no-argument constructor (with Lombok: @NoArgsConstructor, and @AllArgsConstructor beside @Builder; or @Value, to copy through the all-arguments constructor)
    String name;
    List<String> tags;

    LombokBuilderWithoutConstructor(String name, List<String> tags) {
        this.name = name;
        this.tags = tags;
    }
}
