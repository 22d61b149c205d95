package bad;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public class DeepCopyMissingType {
    NeverGenerated ghost; // error: [DeepCopyMissingType] has type NeverGenerated
    String name;
}
