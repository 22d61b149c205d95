package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/** A @DeepCopy record is rebuilt through its canonical constructor; it gets deepCopy only. */
@DeepCopy
public record Records(String name, List<String> tags, Map<String, Records.Part> parts, Records.Part main) {
    @DeepCopy
    public static class Part {
        String value;
    }
}
