package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.Map;
import java.util.Objects;

/** A backend the virtual server calls at a fixed address, without discovering it in the cluster. */
@DeepCopy
@SchemaCustomizer(value = SchemaMarkers.class, input = "io.github.deepcopygen.toolhive.vmcp.StaticBackendConfig")
public class StaticBackendConfig extends UnknownFields {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("caBundlePath")
    private String caBundlePath;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("metadata")
    private Map<String, String> metadata;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Required
    @JsonProperty("name")
    private String name;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Required
    @CrdMarkers(enumValues = {"sse", "streamable-http"})
    @JsonProperty("transport")
    private String transport;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @CrdMarkers(enumValues = {"entry", ""})
    @JsonProperty("type")
    private String type;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Required
    @Pattern("^https?://")
    @JsonProperty("url")
    private String url;

    public String getCaBundlePath() {
        return caBundlePath;
    }

    public void setCaBundlePath(String caBundlePath) {
        this.caBundlePath = caBundlePath;
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public StaticBackendConfig deepCopy() {
        return StaticBackendConfigDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        StaticBackendConfig other = (StaticBackendConfig) o;
        return Objects.equals(caBundlePath, other.caBundlePath)
                && Objects.equals(metadata, other.metadata)
                && Objects.equals(name, other.name)
                && Objects.equals(transport, other.transport)
                && Objects.equals(type, other.type)
                && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caBundlePath, metadata, name, transport, type, url);
    }
}
