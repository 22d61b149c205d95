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

    Entry entry;
    List<Event> events;
}
