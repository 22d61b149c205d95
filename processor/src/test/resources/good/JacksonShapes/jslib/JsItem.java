package golden.jslib;

public class JsItem {
    private String summary;

    public String getSummary() {
        return summary;
    }

    public JsItem setSummary(String summary) {
        this.summary = summary;
        return this;
    }
}
