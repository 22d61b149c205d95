package io.github.deepcopygen.toolhive.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.deepcopygen.DeepCopy;
import java.util.Objects;

/** The metadata of a list response: its version and how to ask for the next page. */
@DeepCopy
public class ListMeta {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("resourceVersion")
    private String resourceVersion;

    /** Asks the server for the next page when passed back. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonProperty("continue")
    private String continueToken;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonProperty("remainingItemCount")
    private Long remainingItemCount;

    public String getResourceVersion() {
        return resourceVersion;
    }

    public void setResourceVersion(String resourceVersion) {
        this.resourceVersion = resourceVersion;
    }

    public String getContinueToken() {
        return continueToken;
    }

    public void setContinueToken(String continueToken) {
        this.continueToken = continueToken;
    }

    public Long getRemainingItemCount() {
        return remainingItemCount;
    }

    public void setRemainingItemCount(Long remainingItemCount) {
        this.remainingItemCount = remainingItemCount;
    }

    /** Returns a copy that shares no mutable object with this one, like Go's generated {@code DeepCopy()}. */
    public ListMeta deepCopy() {
        return ListMetaDeepCopy.deepCopy(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        ListMeta other = (ListMeta) o;
        return Objects.equals(resourceVersion, other.resourceVersion)
                && Objects.equals(continueToken, other.continueToken)
                && Objects.equals(remainingItemCount, other.remainingItemCount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resourceVersion, continueToken, remainingItemCount);
    }

    @Override
    public String toString() {
        return "ListMeta{"
                + "resourceVersion=" + resourceVersion
                + ", continueToken=" + continueToken
                + ", remainingItemCount=" + remainingItemCount
                + "}";
    }
}
