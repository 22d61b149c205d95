package golden.json;

import golden.jlib.JBroker;
import io.github.deepcopygen.DeepCopy;

/**
 * A library written for Jackson, included transitively (see package-info.java): properties it does
 * not know go into a map that a @JsonAnyGetter returns and a @JsonAnySetter fills one entry at a time,
 * annotated on an interface the class implements (as Strimzi's are) or on the class itself. The copy
 * puts each entry through the setter, its value copied.
 */
@DeepCopy
public class JsonMappings {
    JBroker broker;
}
