package io.github.deepcopygen.toolhive.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import java.util.Arrays;
import java.util.Objects;

/** An embedded object kept as raw JSON, such as a pod template. */
@DeepCopy
public class RawExtension {
    /** The object's JSON, as bytes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("raw")
    private byte[] raw;

    public byte[] getRaw() {
        return raw;
    }

    public void setRaw(byte[] raw) {
        this.raw = raw;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public RawExtension deepCopy() {
        return RawExtensionDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        RawExtension other = (RawExtension) o;
        return Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(raw));
    }

    @Override
    public String toString() {
        return "RawExtension{"
                + "raw=" + Arrays.toString(raw)
                + "}";
    }
}
