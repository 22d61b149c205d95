package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Generic @DeepCopy classes: {@code BoxDeepCopy.deepCopy(box, copyT)} takes the copy of the
 * contents as an operator, and fields of type {@code Box<Foo>} elsewhere pass it for them.
 */
@DeepCopy
public class Box<T> {
  public T content;
  public List<T> previousContents;
  public String label;
}
