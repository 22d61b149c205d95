package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Superclass fields come first. An abstract @DeepCopy base gets deepCopyInto only, which its subclasses
 * call; the type variables of a generic superclass that is not @DeepCopy are resolved as members of the
 * annotated type, so {@code spec} is copied as an {@code InheritanceSpec}.
 */
@DeepCopy
public class Inheritance extends InheritanceResource<InheritanceSpec, List<InheritanceSpec>> {
    String note;
}
