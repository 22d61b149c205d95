package bad;

import io.github.deepcopygen.DeepCopy;

/** Each place a type that never comes to exist can be used names that place in its error. */
public class MissingTypeSites {
  @DeepCopy
  public static class Box<T> {
    T value;
  }

  @DeepCopy
  public static class OnSuperclass extends NeverGeneratedBase { // error: [DeepCopyMissingType] The superclass of OnSuperclass is NeverGeneratedBase
    String name;
  }

  // javac keeps Box and names the missing argument; ECJ makes the whole superclass an error type.
  @DeepCopy
  public static class OnTypeArgument extends Box<NeverGeneratedValue> { // error: [DeepCopyMissingType] superclass of OnTypeArgument is
    String name;
  }

  @DeepCopy
  public static class OnField {
    NeverGeneratedField ghost; // error: [DeepCopyMissingType] Field ghost has type NeverGeneratedField
  }
}
