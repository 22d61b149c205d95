package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.examples.library.ColorCopies;
import io.github.deepcopygen.examples.library.LegacyColor;
import java.util.List;
import java.util.Map;

/**
 * Rules 1, 2 and 5, the escape hatches: a library type copied by a method named in uses, a field
 * shared on purpose with @DeepCopy.Shallow, and a type declared @DeepCopy.Immutable shared wherever
 * it appears.
 */
@DeepCopy(uses = ColorCopies.class)
public class Theme {
  /** Immutable by construction: every field final, of immutable types. */
  @DeepCopy.Immutable
  public static final class Version {
    public final int major;
    public final int minor;

    public Version(int major, int minor) {
      this.major = major;
      this.minor = minor;
    }
  }

  public LegacyColor accent;
  public List<LegacyColor> palette;
  public Version version;

  /** Rendered previews (lines of text by size), shared by every copy of the theme on purpose. */
  @DeepCopy.Shallow public Map<String, List<String>> previewCache;
}
