package lomboktest;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.Builder;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** @Jacksonized @Builder on a @Value class: Jackson reads it through the builder, the copy goes through the constructor. */
@DeepCopy
@Value
@Builder
@Jacksonized
public class LombokJacksonized {
    String name;
    List<String> tags;
}
