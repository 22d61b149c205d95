package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/**
 * Final classes of final fields that are not @DeepCopy themselves, as field types (copy rule 10): one of
 * immutable fields is shared; one with a mutable field is rebuilt through the constructor that takes each
 * field, reading a private field through its getter and a visible one directly; one that is not final
 * refuses a subclass.
 */
@DeepCopy
public class InlineValueClasses {
    Money price;
    Tags labels;
    List<Tags> history;
    Map<String, Money> prices;
    Window window;

    /** Immutable: shared. */
    public static final class Money {
        private final String currency;
        private final long cents;

        public Money(String currency, long cents) {
            this.currency = currency;
            this.cents = cents;
        }

        public String getCurrency() { return currency; }
        public long getCents() { return cents; }
    }

    /** A mutable list inside: rebuilt, the list copied; the constructor takes the fields in another order. */
    public static final class Tags {
        final String owner;
        private final List<String> values;

        public Tags(List<String> values, String owner) {
            this.values = values;
            this.owner = owner;
        }

        public List<String> getValues() { return values; }
    }

    /** Not final: rebuilt the same way, and a subclass is refused at run time rather than sliced. */
    public static class Window {
        private final List<Integer> hours;

        public Window(List<Integer> hours) {
            this.hours = hours;
        }

        public List<Integer> getHours() { return hours; }
    }
}
