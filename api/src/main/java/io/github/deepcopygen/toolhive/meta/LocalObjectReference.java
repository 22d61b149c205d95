package io.github.deepcopygen.toolhive.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Points at an object in the same namespace by name. */
@DeepCopy
public class LocalObjectReference {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("name")
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public LocalObjectReference deepCopy() {
        return LocalObjectReferenceDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        LocalObjectReference other = (LocalObjectReference) o;
        return Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return "LocalObjectReference{"
                + "name=" + name
                + "}";
    }
}
