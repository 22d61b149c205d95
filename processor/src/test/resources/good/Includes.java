package golden;

import golden.lib.LibIntOrText;
import golden.lib.LibMeta;
import golden.lib.LibResource;
import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Classes of a library that cannot carry @DeepCopy, listed in @DeepCopy.Include on this package (see
 * package-info.java): each gets a copier here that goes through its getters and setters, with every
 * Object a JSON tree. The included generic superclass is copied by its copier, given one for the spec.
 */
@DeepCopy
public class Includes extends LibResource<Includes.Spec> {
    String note;

    @DeepCopy
    public static class Spec {
        List<LibIntOrText> ports;
        LibMeta template;
    }
}
