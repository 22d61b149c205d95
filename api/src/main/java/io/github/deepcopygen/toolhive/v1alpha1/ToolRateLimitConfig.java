package io.github.deepcopygen.toolhive.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** Rate limits for a single tool. */
@ValidationRule(value = "has(self.shared) || has(self.perUser)", message = "at least one of shared or perUser must be configured")
@DeepCopy
public class ToolRateLimitConfig extends UnknownFields {
    /** Required. Not empty. */
    @Required
    @Size(min = 1)
    @JsonProperty("name")
    private String name;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("shared")
    private RateLimitBucket shared;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("perUser")
    private RateLimitBucket perUser;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RateLimitBucket getShared() {
        return shared;
    }

    public void setShared(RateLimitBucket shared) {
        this.shared = shared;
    }

    public RateLimitBucket getPerUser() {
        return perUser;
    }

    public void setPerUser(RateLimitBucket perUser) {
        this.perUser = perUser;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public ToolRateLimitConfig deepCopy() {
        return ToolRateLimitConfigDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        ToolRateLimitConfig other = (ToolRateLimitConfig) o;
        return Objects.equals(name, other.name)
                && Objects.equals(shared, other.shared)
                && Objects.equals(perUser, other.perUser);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, shared, perUser);
    }

    @Override
    public String toString() {
        return "ToolRateLimitConfig{"
                + "name=" + name
                + ", shared=" + shared
                + ", perUser=" + perUser
                + "}";
    }
}
