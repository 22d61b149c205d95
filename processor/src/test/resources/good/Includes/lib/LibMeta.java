package golden.lib;

import java.util.List;
import java.util.Map;

/** Shaped like fabric8's ObjectMeta: private fields behind getters and setters, and extra JSON. */
public class LibMeta {
    private String name;
    private String _continue;
    private Map<String, String> labels;
    private List<LibOwner> owners;
    private Map<String, Object> additionalProperties;
    private String $ref;
    private List<String> finalizerList;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    /** A keyword escaped with an underscore, as fabric8's ListMeta does. */
    public String getContinue() { return _continue; }
    public void setContinue(String value) { this._continue = value; }

    public Map<String, String> getLabels() { return labels; }
    public void setLabels(Map<String, String> labels) { this.labels = labels; }

    public List<LibOwner> getOwners() { return owners; }
    public void setOwners(List<LibOwner> owners) { this.owners = owners; }

    /** A JSON name that starts with a dollar sign, as fabric8's JSONSchemaProps has: the property $ref. */
    public String get$ref() { return $ref; }
    public void set$ref(String ref) { this.$ref = ref; }

    /** Kept in a field named otherwise, as fabric8's Duration keeps getDuration() in javaDuration. */
    public List<String> getFinalizers() { return finalizerList; }
    public void setFinalizers(List<String> finalizers) { this.finalizerList = finalizers; }

    public Map<String, Object> getAdditionalProperties() { return additionalProperties; }
    public void setAdditionalProperties(Map<String, Object> value) { this.additionalProperties = value; }

    /** Derived, with no setter: not state of its own, so not copied. */
    public String getDisplayName() { return name == null ? "" : name; }
}
