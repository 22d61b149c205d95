package io.github.deepcopygen.toolhive.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The metadata every Kubernetes object carries: its name, namespace, labels and so on. */
@DeepCopy
public class ObjectMeta {
    /** Unique within the namespace. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("name")
    private String name;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("namespace")
    private String namespace;

    /** Set by the API server; unique across the cluster's history. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("uid")
    private String uid;

    /** Opaque; changes on every write. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("resourceVersion")
    private String resourceVersion;

    /** Counts changes to the spec. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("generation")
    private Long generation;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("creationTimestamp")
    private OffsetDateTime creationTimestamp;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("deletionTimestamp")
    private OffsetDateTime deletionTimestamp;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("labels")
    private Map<String, String> labels;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("annotations")
    private Map<String, String> annotations;

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("finalizers")
    private List<String> finalizers;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public String getResourceVersion() {
        return resourceVersion;
    }

    public void setResourceVersion(String resourceVersion) {
        this.resourceVersion = resourceVersion;
    }

    public Long getGeneration() {
        return generation;
    }

    public void setGeneration(Long generation) {
        this.generation = generation;
    }

    public OffsetDateTime getCreationTimestamp() {
        return creationTimestamp;
    }

    public void setCreationTimestamp(OffsetDateTime creationTimestamp) {
        this.creationTimestamp = creationTimestamp;
    }

    public OffsetDateTime getDeletionTimestamp() {
        return deletionTimestamp;
    }

    public void setDeletionTimestamp(OffsetDateTime deletionTimestamp) {
        this.deletionTimestamp = deletionTimestamp;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public Map<String, String> getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Map<String, String> annotations) {
        this.annotations = annotations;
    }

    public List<String> getFinalizers() {
        return finalizers;
    }

    public void setFinalizers(List<String> finalizers) {
        this.finalizers = finalizers;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public ObjectMeta deepCopy() {
        return ObjectMetaDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        ObjectMeta other = (ObjectMeta) o;
        return Objects.equals(name, other.name)
                && Objects.equals(namespace, other.namespace)
                && Objects.equals(uid, other.uid)
                && Objects.equals(resourceVersion, other.resourceVersion)
                && Objects.equals(generation, other.generation)
                && Objects.equals(creationTimestamp, other.creationTimestamp)
                && Objects.equals(deletionTimestamp, other.deletionTimestamp)
                && Objects.equals(labels, other.labels)
                && Objects.equals(annotations, other.annotations)
                && Objects.equals(finalizers, other.finalizers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, labels, annotations, finalizers);
    }

    @Override
    public String toString() {
        return "ObjectMeta{"
                + "name=" + name
                + ", namespace=" + namespace
                + ", uid=" + uid
                + ", resourceVersion=" + resourceVersion
                + ", generation=" + generation
                + ", creationTimestamp=" + creationTimestamp
                + ", deletionTimestamp=" + deletionTimestamp
                + ", labels=" + labels
                + ", annotations=" + annotations
                + ", finalizers=" + finalizers
                + "}";
    }
}
