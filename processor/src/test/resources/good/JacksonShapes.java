package golden.jshapes;

import golden.jslib.JsDocument;
import io.github.deepcopygen.DeepCopy;

/**
 * A library written for Jackson in the shapes real models have (see package-info.java): a class
 * that extends LinkedHashMap and has a property of its own, a getter-only list, raw and wildcard
 * uses of a generic class whose included subclass a field may hold, a setter that takes a supertype
 * of its getter, Boolean isX() with setX(boolean), a property renamed on its getter, an ignored
 * pair of accessors that is still state, a deprecated property and a Number.
 */
@DeepCopy
public class JacksonShapes {
    JsDocument document;
}
