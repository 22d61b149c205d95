package golden.plib;

public class PEphemeral extends PStorage {
    private String medium;

    public String getMedium() {
        return medium;
    }

    public void setMedium(String medium) {
        this.medium = medium;
    }
}
