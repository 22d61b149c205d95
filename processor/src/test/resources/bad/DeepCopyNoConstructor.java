package bad;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public class DeepCopyNoConstructor { // error: [DeepCopyNoConstructor] has no constructor without parameters
    String name;

    public DeepCopyNoConstructor(String name) {
        this.name = name;
    }
}
