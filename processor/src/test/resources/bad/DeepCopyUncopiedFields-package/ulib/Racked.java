package badunc.ulib;

/** Jackson sets topologyKey through the field itself; generated code has no such way in. */
public class Racked {
    private String topologyKey;
    private String label;

    public String getTopologyKey() {
        return topologyKey;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
