package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** Every bad field of one type is reported in the same compile, and the good ones say nothing. */
@DeepCopy
public class EveryBadField {
    Object first; // error: [DeepCopyUnsupportedType] Field first
    String good;
    private String second; // error: [DeepCopyInaccessibleField] Field second
    List<Runnable> third; // error: [DeepCopyUnsupportedType] Field third
    int alsoGood;
}
