package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Value;

/** Final classes of final fields that copy rule 10 cannot rebuild, each for its own reason. */
@DeepCopy
public class ValueClassReasons {
    NoConstructor unbuilt; // error: [DeepCopyUnsupportedType] no constructor the copier can call takes each field by name and type
    Unreadable unread; // error: [DeepCopyUnsupportedType] the copier can neither read its field values nor call a getter getValues()
    LombokUnreadable hidden; // error: [DeepCopyUnsupportedType] the copier can neither read its field values nor call a getter getValues()

    public static final class NoConstructor {
        private final List<String> values;

        public NoConstructor(List<String> items, int unused) {
            this.values = items;
        }

        public List<String> getValues() { return values; }
    }

    public static final class Unreadable {
        private final List<String> values;

        public Unreadable(List<String> values) {
            this.values = values;
        }
    }

    /** Lombok (not run here) would make the field private and, told so, write no getter for it. */
    @Value
    public static class LombokUnreadable {
        @Getter(AccessLevel.NONE)
        List<String> values;
    }
}
