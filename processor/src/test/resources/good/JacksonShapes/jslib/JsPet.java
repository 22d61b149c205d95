package golden.jslib;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A polymorphic interface: Jackson reads a pet as the implementation its "kind" names. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = JsDog.class, name = "dog"),
    @JsonSubTypes.Type(value = JsCat.class, name = "cat")
})
public interface JsPet {
    String getName();
}
