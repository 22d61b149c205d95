package golden.glib;

/** A library's base class, as fabric8's resources extend theirs. */
public class GLibResource {
    private String kind;
    private GLibLabel meta;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }

    public GLibLabel getMeta() { return meta; }
    public void setMeta(GLibLabel meta) { this.meta = meta; }
}
