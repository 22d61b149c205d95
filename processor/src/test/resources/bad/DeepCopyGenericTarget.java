package bad;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public class DeepCopyGenericTarget<T> { // error: [DeepCopyGenericTarget] declares type parameters
    T value;
}
