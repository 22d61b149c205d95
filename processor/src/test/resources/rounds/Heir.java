package rounds;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** Its superclass, LateBase, is written by another processor in the first round. */
@DeepCopy
public class Heir extends LateBase {
    public List<String> titles;
}
