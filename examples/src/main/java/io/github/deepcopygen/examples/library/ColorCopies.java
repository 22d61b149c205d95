package io.github.deepcopygen.examples.library;

/** Hand-written copies of library types, for {@code @DeepCopy(uses = ColorCopies.class)}. */
public final class ColorCopies {
  private ColorCopies() {}

  public static LegacyColor copyColor(LegacyColor in) {
    LegacyColor out = new LegacyColor();
    out.red = in.red;
    out.green = in.green;
    out.blue = in.blue;
    return out;
  }
}
