package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Rule 8, Optional: an Optional of an immutable value is shared; otherwise its value is copied. */
@DeepCopy
public class Contact {
  @DeepCopy
  public static class Address {
    public String street;
    public List<String> lines;
  }

  public Optional<String> nickname;
  public OptionalInt extension;
  public Optional<Address> address;
}
