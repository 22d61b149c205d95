package badinclude.lib;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Jackson builds it through its creator, but nothing reads the property back: no copy can. */
public class Created {
    private final String code;

    @JsonCreator
    public Created(@JsonProperty("code") String code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return code;
    }
}
