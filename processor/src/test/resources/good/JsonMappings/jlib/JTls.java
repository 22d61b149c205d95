package golden.jlib;

import java.util.List;

public class JTls {
    private List<String> ciphers;

    public List<String> getCiphers() {
        return ciphers;
    }

    public void setCiphers(List<String> ciphers) {
        this.ciphers = ciphers;
    }
}
