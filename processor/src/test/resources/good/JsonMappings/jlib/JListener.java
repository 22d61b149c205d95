package golden.jlib;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Its own any-getter and any-setter, named otherwise, holding library objects rather than JSON. */
public class JListener {
    private int port;
    private final Map<String, JTls> tls = new LinkedHashMap<>();

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    @JsonAnyGetter
    public Map<String, JTls> tls() {
        return tls;
    }

    @JsonAnySetter
    public void putTls(String name, JTls value) {
        tls.put(name, value);
    }
}
