package board.lib;

import java.util.ArrayList;
import java.util.List;

public class TextNote implements Note {
    private String author;
    private List<String> lines = new ArrayList<>();

    @Override
    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public List<String> getLines() {
        return lines;
    }

    public void setLines(List<String> lines) {
        this.lines = lines;
    }
}
