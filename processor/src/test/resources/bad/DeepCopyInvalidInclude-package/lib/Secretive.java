package badinclude.lib;

/** State that no getter and setter pair reaches: a copy through them would lose it. */
public class Secretive {
    private String secret;
    private String name;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public boolean knows(String guess) { return guess.equals(secret); }
}
