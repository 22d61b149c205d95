package badtransitive;

import io.github.deepcopygen.DeepCopy;

/**
 * A transitive include that reaches a class it cannot copy: the error names the reached class and the
 * listed one it was reached from, on the list in package-info.java beside this case.
 */
@DeepCopy
public class TransitiveIncludeErrors {
    badtransitive.tlibbad.Holder holder;
}
