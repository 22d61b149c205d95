package golden.jslib;

import java.util.ArrayList;
import java.util.List;

public class JsDog implements JsPet {
    private String name;
    private Boolean barks;
    private List<String> toys = new ArrayList<>();

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getBarks() {
        return barks;
    }

    public void setBarks(Boolean barks) {
        this.barks = barks;
    }

    public List<String> getToys() {
        return toys;
    }

    public void setToys(List<String> toys) {
        this.toys = toys;
    }
}
