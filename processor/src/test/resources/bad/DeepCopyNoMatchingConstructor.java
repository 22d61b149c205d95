package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Only final fields, so the copy goes through a constructor that takes each one; this one names its
 * parameters otherwise and leaves one field out.
 */
@DeepCopy
public final class DeepCopyNoMatchingConstructor { // error: [DeepCopyNoMatchingConstructor] DeepCopyNoMatchingConstructor has only final fields, so the generated DeepCopyNoMatchingConstructorDeepCopy builds the copy through a constructor that takes each field, matched by name and type (copy rule 10); no constructor takes labels, size
    private final String name;
    private final List<String> labels;
    private final int size;

    public DeepCopyNoMatchingConstructor(String name, List<String> tags) {
        this.name = name;
        this.labels = tags;
        this.size = tags.size();
    }

    public String getName() {
        return name;
    }

    public List<String> getLabels() {
        return labels;
    }

    public int getSize() {
        return size;
    }
}
