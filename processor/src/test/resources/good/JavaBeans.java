package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** Private fields are reached through their getters and setters; visible fields directly. */
@DeepCopy
public class JavaBeans {
    private String image;
    private boolean trustProxyHeaders;
    private Boolean readOnly;
    private List<String> args;
    String visible;

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public boolean isTrustProxyHeaders() {
        return trustProxyHeaders;
    }

    public void setTrustProxyHeaders(boolean trustProxyHeaders) {
        this.trustProxyHeaders = trustProxyHeaders;
    }

    public Boolean getReadOnly() {
        return readOnly;
    }

    public void setReadOnly(Boolean readOnly) {
        this.readOnly = readOnly;
    }

    public List<String> getArgs() {
        return args;
    }

    public void setArgs(List<String> args) {
        this.args = args;
    }
}
