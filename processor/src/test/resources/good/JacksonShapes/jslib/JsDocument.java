package golden.jslib;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@SuppressWarnings("rawtypes")
public class JsDocument {
    private String title;
    private JsPaths paths;
    private Map<String, JsSchema> schemas;
    private JsSchema<?> root;
    private final List<String> tags = new ArrayList<>();
    private Boolean draft;
    private String storageClass;
    private String owner;
    private JsMulti<String, JsItem> components;
    private JsCreated created;
    private JsRaw raw;
    private List<JsPet> pets;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public JsPaths getPaths() {
        return paths;
    }

    public void setPaths(JsPaths paths) {
        this.paths = paths;
    }

    public Map<String, JsSchema> getSchemas() {
        return schemas;
    }

    public void setSchemas(Map<String, JsSchema> schemas) {
        this.schemas = schemas;
    }

    public JsSchema<?> getRoot() {
        return root;
    }

    public void setRoot(JsSchema<?> root) {
        this.root = root;
    }

    public List<String> getTags() {
        return tags;
    }

    public Boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }

    @JsonProperty("class")
    public String getStorageClass() {
        return storageClass;
    }

    public void setStorageClass(String storageClass) {
        this.storageClass = storageClass;
    }

    @Deprecated
    public String getOwner() {
        return owner;
    }

    @Deprecated
    public void setOwner(String owner) {
        this.owner = owner;
    }

    public JsMulti<String, JsItem> getComponents() {
        return components;
    }

    public void setComponents(JsMulti<String, JsItem> components) {
        this.components = components;
    }

    public JsCreated getCreated() {
        return created;
    }

    public void setCreated(JsCreated created) {
        this.created = created;
    }

    public JsRaw getRaw() {
        return raw;
    }

    public void setRaw(JsRaw raw) {
        this.raw = raw;
    }

    public List<JsPet> getPets() {
        return pets;
    }

    public void setPets(List<JsPet> pets) {
        this.pets = pets;
    }
}
