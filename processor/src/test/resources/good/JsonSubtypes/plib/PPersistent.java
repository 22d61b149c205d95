package golden.plib;

import java.util.Map;

public class PPersistent extends PStorage {
    private Map<String, String> selector;

    public Map<String, String> getSelector() {
        return selector;
    }

    public void setSelector(Map<String, String> selector) {
        this.selector = selector;
    }
}
