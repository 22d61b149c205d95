package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

@DeepCopy
public class DeepCopyUnsupportedType {
    interface Shape {}

    Object anything; // error: [DeepCopyUnsupportedType] Field anything has type java.lang.Object
    Shape shape; // error: [DeepCopyUnsupportedType] annotate Shape with @DeepCopy
    List<? extends Shape> shapes; // error: [DeepCopyUnsupportedType] is a wildcard
    @SuppressWarnings("rawtypes")
    List raw; // error: [DeepCopyUnsupportedType] is a raw type
    Map<String, Thread> threads; // error: [DeepCopyUnsupportedType] cannot copy java.lang.Thread
    String fine;
}
