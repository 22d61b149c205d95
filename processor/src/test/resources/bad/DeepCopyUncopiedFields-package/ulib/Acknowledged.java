package badunc.ulib;

/** The same shape, its field named in uncopiedFields: no warning. */
public class Acknowledged {
    private String zone;

    public String getZone() {
        return zone;
    }
}
