package board.lib;

/** An implementation nobody listed: a copy refuses it rather than share it. */
public class StrayNote implements Note {
    @Override
    public String getAuthor() {
        return "stray";
    }
}
