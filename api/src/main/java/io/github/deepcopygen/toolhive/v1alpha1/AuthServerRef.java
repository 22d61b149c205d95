package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import java.util.Objects;

/** Points at the resource that configures an embedded authorization server. */
@DeepCopy
@SchemaCustomizer(value = SchemaMarkers.class, input = "io.github.deepcopygen.toolhive.v1alpha1.AuthServerRef")
public class AuthServerRef extends UnknownFields {
    /** Required. One of MCPExternalAuthConfig. The API server fills in MCPExternalAuthConfig when it is left out. */
    @Default("MCPExternalAuthConfig")
    @CrdMarkers(enumValues = "MCPExternalAuthConfig")
    @Required
    @JsonProperty("kind")
    private String kind;

    /** Required. Not empty. */
    @Required
    @Size(min = 1)
    @JsonProperty("name")
    private String name;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public AuthServerRef deepCopy() {
        return AuthServerRefDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        AuthServerRef other = (AuthServerRef) o;
        return Objects.equals(kind, other.kind)
                && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name);
    }

    @Override
    public String toString() {
        return "AuthServerRef{"
                + "kind=" + kind
                + ", name=" + name
                + "}";
    }
}
