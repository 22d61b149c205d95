package golden.jslib;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

@SuppressWarnings("rawtypes")
public class JsSchema<T> {
    private T example;
    private T defaultValue;
    private List<JsSchema> allOf;
    private Object additionalProperties;
    private Number maximum;
    @JsonIgnore
    private boolean exampleSet;

    public T getExample() {
        return example;
    }

    public void setExample(Object example) {
        this.example = cast(example);
        this.exampleSet = true;
    }

    public T getDefault() {
        return defaultValue;
    }

    public void setDefault(Object defaultValue) {
        this.defaultValue = cast(defaultValue);
    }

    @SuppressWarnings("unchecked")
    protected T cast(Object value) {
        return (T) value;
    }

    public List<JsSchema> getAllOf() {
        return allOf;
    }

    public void setAllOf(List<JsSchema> allOf) {
        this.allOf = allOf;
    }

    public Object getAdditionalProperties() {
        return additionalProperties;
    }

    public void setAdditionalProperties(Object additionalProperties) {
        this.additionalProperties = additionalProperties;
    }

    public Number getMaximum() {
        return maximum;
    }

    public void setMaximum(Number maximum) {
        this.maximum = maximum;
    }

    @JsonIgnore
    public boolean getExampleSet() {
        return exampleSet;
    }

    public void setExampleSet(boolean exampleSet) {
        this.exampleSet = exampleSet;
    }
}
