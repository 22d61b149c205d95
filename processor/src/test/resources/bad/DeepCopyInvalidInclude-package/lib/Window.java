package badinclude.lib;

import java.util.List;

/**
 * Two fields named otherwise than the two properties of their type: which feeds which is a guess, so
 * neither counts as reached.
 */
public class Window {
    private List<String> firstDays;
    private List<String> lastDays;

    public List<String> getStart() { return firstDays; }
    public void setStart(List<String> start) { this.firstDays = start; }
    public List<String> getEnd() { return lastDays; }
    public void setEnd(List<String> end) { this.lastDays = end; }
}
