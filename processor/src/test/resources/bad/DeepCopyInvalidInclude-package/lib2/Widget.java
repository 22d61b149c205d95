package badinclude.lib2;

public class Widget {
    private int size;

    public int getSize() { return size; }
    public void setSize(int size) { this.size = size; }
}
