package golden.plib;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PEphemeral.class, name = "ephemeral"),
    @JsonSubTypes.Type(value = PPersistent.class, name = "persistent"),
    @JsonSubTypes.Type(value = PJbod.class, name = "jbod")
})
public abstract class PStorage {
    private String sizeLimit;

    public String getSizeLimit() {
        return sizeLimit;
    }

    public void setSizeLimit(String sizeLimit) {
        this.sizeLimit = sizeLimit;
    }
}
