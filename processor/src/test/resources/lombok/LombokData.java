package lomboktest;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;
import lombok.Data;

/** Lombok's @Data: getters, setters and the no-argument constructor it writes, in either processor order. */
@DeepCopy
@Data
public class LombokData {
    private String name;
    private boolean active;
    private boolean isPrimary;
    private Boolean verified;
    private List<String> tags;
    private Map<String, List<String>> groups;
    private Address address;

    @DeepCopy
    @Data
    public static class Address {
        private String city;
        private List<String> lines;
    }
}
