package io.github.deepcopygen.examples.rules;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/**
 * Rules 2 and 9, records: a @DeepCopy record gets deepCopy only; a record of immutable values is
 * shared; a record with a mutable component is rebuilt through its canonical constructor.
 */
@DeepCopy
public record Route(String name, List<Leg> legs, Coordinates start, Map<String, Leg> shortcuts) {

  /** Immutable: shared by every copy. */
  public record Coordinates(double latitude, double longitude) {}

  /** Not @DeepCopy, and holds a list: rebuilt with a copy of the list. */
  public record Leg(String label, List<Coordinates> waypoints) {}
}
