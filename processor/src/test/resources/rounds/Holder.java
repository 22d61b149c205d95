package rounds;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/** Late does not exist when processing starts: another processor writes it two rounds in. */
@DeepCopy
public class Holder {
    public Late late;
    public List<Late> lates;
    public Map<String, Late> byName;
}
