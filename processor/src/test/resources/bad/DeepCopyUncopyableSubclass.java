package bad;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public sealed class DeepCopyUncopyableSubclass permits DeepCopyUncopyableSubclass.Annotated, DeepCopyUncopyableSubclass.Plain { // error: [DeepCopyUncopyableSubclass] cannot copy the permitted subclass bad.DeepCopyUncopyableSubclass.Plain
    String name;

    @DeepCopy
    public static final class Annotated extends DeepCopyUncopyableSubclass {
        int size;
    }

    /** Neither @DeepCopy nor a deepCopy() method: the parent's deepCopy could only slice it. */
    public static final class Plain extends DeepCopyUncopyableSubclass {
        int size;
    }
}
