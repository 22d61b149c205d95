package bad;

import io.github.deepcopygen.DeepCopy;

/** A top-level record's component error: on the component's line on javac; ECJ places no record element. */
@DeepCopy
public record TopLevelRecordError(String name, Thread worker) {} // error: [DeepCopyUnsupportedType] cannot copy java.lang.Thread
