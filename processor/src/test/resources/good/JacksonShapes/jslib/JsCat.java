package golden.jslib;

import java.util.ArrayList;
import java.util.List;

public class JsCat implements JsPet {
    private String name;
    private Integer lives;
    private List<String> toys = new ArrayList<>();

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getLives() {
        return lives;
    }

    public void setLives(Integer lives) {
        this.lives = lives;
    }

    public List<String> getToys() {
        return toys;
    }

    public void setToys(List<String> toys) {
        this.toys = toys;
    }
}
