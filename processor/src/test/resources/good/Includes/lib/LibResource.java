package golden.lib;

/** Shaped like fabric8's CustomResource: generic, abstract, and with final state set by its constructor. */
public abstract class LibResource<S> {
    private final String plural = getClass().getSimpleName().toLowerCase() + "s";
    private LibMeta metadata = new LibMeta();
    protected S spec;

    public String getPlural() { return plural; }

    public LibMeta getMetadata() { return metadata; }
    public void setMetadata(LibMeta metadata) { this.metadata = metadata; }

    public S getSpec() { return spec; }
    public void setSpec(S spec) { this.spec = spec; }
}
