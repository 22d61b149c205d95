package bad;

import io.github.deepcopygen.DeepCopy;

public class DeepCopyUnsupportedTypeArgument {
    @DeepCopy
    public static class Box<T> {
        T value;
    }

    @DeepCopy
    public static class AnythingBox extends Box<Object> { // error: [DeepCopyUnsupportedTypeArgument] cannot copy java.lang.Object
        String label;
    }
}
