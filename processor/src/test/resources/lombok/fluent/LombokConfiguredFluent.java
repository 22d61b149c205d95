package lomboktest;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.Data;

/**
 * Accessors named by lombok.config, which deepcopy-gen cannot read: with Lombok first it copies through
 * what Lombok wrote (name(), name(String)); with Lombok after, what it expected is missing, and it says so.
 */
@DeepCopy
@Data
public class LombokConfiguredFluent {
    private String name;
    private List<String> tags;
}
