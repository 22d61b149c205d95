package lomboktest;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import lombok.With;

/** @Builder with both constructors, and @With: the copy goes through the no-argument one and setters. */
@DeepCopy
@Builder
@NoArgsConstructor
@AllArgsConstructor
@Getter
@Setter
@With
public class LombokBuilder {
    private String image;
    private Integer replicas;
    private List<String> args;
    private Map<String, String> env;
}
