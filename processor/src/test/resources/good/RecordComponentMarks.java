package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/**
 * Rules 1 and 13 inside records that are not @DeepCopy: a component's own @DeepCopy.Shallow and
 * @DeepCopy.JsonTree marks are honoured when the record is rebuilt.
 */
@DeepCopy
public class RecordComponentMarks {
    // behaviour: sharing Entry.cache
    public record Entry(String id, List<String> names, @DeepCopy.Shallow List<String> cache) {}

    public record Event(String kind, @DeepCopy.JsonTree Map<String, Object> payload) {}

    /**
     * Random shapes 38 and 53: a record whose only mutable component is shared on purpose has nothing
     * left to copy, so the record itself is shared.
     */
    // behaviour: sharing Cached.cache
    public record Cached(String id, @DeepCopy.Shallow List<String> cache) {}

    Entry entry;
    List<Event> events;
    Cached cached;
}
