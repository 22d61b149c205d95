package golden.plib;

/** A subclass that @JsonSubTypes does not name and nothing includes: its copy is refused. */
public class PUnknown extends PStorage {}
