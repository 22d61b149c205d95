package io.github.deepcopygen.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.Set;
import java.util.function.Function;

/**
 * Checks of the copy of a real document of a library model (read by the model's own mapper), as a
 * user would judge it against the Jackson round trip such models are copied with: the copy
 * serializes to the same JSON as the original, shares no mutable object with it, and changing it
 * leaves the original's JSON as it was; {@code deepCopyInto} over another document of the same
 * class gives the same JSON too. JSON comes from the caller's function, so this library needs no
 * Jackson.
 */
public final class DocumentChecks {
  private final Function<Object, String> json;
  private final String site;
  private final Graphs graphs = new Graphs(Set.of());

  private DocumentChecks(Function<Object, String> json, String site) {
    this.json = json;
    this.site = site;
  }

  /**
   * @param json the model's serialization, as its users write documents
   * @param site the package whose {@code @DeepCopy.Include} lists the model's classes
   */
  public static DocumentChecks of(Function<Object, String> json, String site) {
    return new DocumentChecks(json, site);
  }

  /**
   * Copies {@code original} with its class's copier and checks the copy; {@code other}, another
   * document of the same class or null, is then overwritten with {@code deepCopyInto}.
   */
  public void copiesExactly(String name, Object original, Object other) throws Exception {
    Class<?> type = original.getClass();
    String before = json.apply(original);
    Object copy = Copiers.deepCopy(type, site, original);
    assertWithMessage("%s: the copy's JSON", name).that(json.apply(copy)).isEqualTo(before);
    assertWithMessage("%s: copying changed the original", name)
        .that(json.apply(original))
        .isEqualTo(before);
    assertWithMessage("%s: mutable objects shared by original and copy", name)
        .that(graphs.sharedMutableNodes(original, copy))
        .isEmpty();
    graphs.mutateEveryLeaf(copy);
    assertWithMessage("%s: changing the copy changed the original", name)
        .that(json.apply(original))
        .isEqualTo(before);
    if (other != null && other.getClass() == type && Copiers.hasDeepCopyInto(type, site)) {
      Copiers.deepCopyInto(type, site, original, other);
      assertWithMessage("%s: deepCopyInto over another document", name)
          .that(json.apply(other))
          .isEqualTo(before);
      assertWithMessage("%s: mutable objects shared after deepCopyInto", name)
          .that(graphs.sharedMutableNodes(original, other))
          .isEmpty();
    }
  }
}
