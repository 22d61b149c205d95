package board.lib;

/** A library interface that names no implementation: its own deserializer picks them, as swagger 2's Model. */
public interface Note {
    String getAuthor();
}
