package badinclude.lib;

/** A property of a type that cannot be copied. */
public class Threaded {
    private Thread worker;

    public Thread getWorker() { return worker; }
    public void setWorker(Thread worker) { this.worker = worker; }
}
