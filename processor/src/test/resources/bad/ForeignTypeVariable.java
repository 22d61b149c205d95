package bad;

import io.github.deepcopygen.DeepCopy;

/** Box's T is not Holder's T, though both are named T: the sealed Shape cannot give Box its argument. */
@DeepCopy
public class ForeignTypeVariable<T> {
    public sealed interface Shape permits Box {}

    @DeepCopy
    public static final class Box<T> implements Shape {
        T value;
    }

    T own;
    Shape shape; // error: [DeepCopyUnsupportedType] Shape does not fix its type parameter T
}
