package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.Date;
import java.util.Map;

@DeepCopy
public class DeepCopyMutableMapKey {
    Map<Date, String> byDate; // error: [DeepCopyMutableMapKey] keys of type java.util.Date
    Map<String, Date> byName;
}
