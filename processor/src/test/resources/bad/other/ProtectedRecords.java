package other;

import java.util.List;

/** A protected record: its subclasses in other packages may declare fields of it, their copiers cannot build one. */
public class ProtectedRecords {
    protected record Secret(List<String> items) {}
}
