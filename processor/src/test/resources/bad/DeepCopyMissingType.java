package bad;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public class DeepCopyMissingType {
    NeverGenerated ghost; // error: [DeepCopyMissingType] Field ghost has type NeverGenerated,
    String name;
}
