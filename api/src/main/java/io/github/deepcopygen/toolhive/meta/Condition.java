package io.github.deepcopygen.toolhive.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One observation of an object's state, as the Kubernetes API conventions define it. */
@DeepCopy
public class Condition {
    /** Required. What the condition is about, in CamelCase. */
    @JsonProperty("type")
    private String type;

    /** Required. True, False or Unknown. */
    @JsonProperty("status")
    private String status;

    /** The generation the condition was computed from. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    @JsonProperty("observedGeneration")
    private long observedGeneration;

    /** When the status last changed. */
    @JsonProperty("lastTransitionTime")
    private OffsetDateTime lastTransitionTime;

    /** Why, in CamelCase, for programs. */
    @JsonProperty("reason")
    private String reason;

    /** Why, for people. */
    @JsonProperty("message")
    private String message;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }

    public OffsetDateTime getLastTransitionTime() {
        return lastTransitionTime;
    }

    public void setLastTransitionTime(OffsetDateTime lastTransitionTime) {
        this.lastTransitionTime = lastTransitionTime;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public Condition deepCopy() {
        return ConditionDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        Condition other = (Condition) o;
        return Objects.equals(type, other.type)
                && Objects.equals(status, other.status)
                && observedGeneration == other.observedGeneration
                && Objects.equals(lastTransitionTime, other.lastTransitionTime)
                && Objects.equals(reason, other.reason)
                && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, status, observedGeneration, lastTransitionTime, reason, message);
    }

    @Override
    public String toString() {
        return "Condition{"
                + "type=" + type
                + ", status=" + status
                + ", observedGeneration=" + observedGeneration
                + ", lastTransitionTime=" + lastTransitionTime
                + ", reason=" + reason
                + ", message=" + message
                + "}";
    }
}
