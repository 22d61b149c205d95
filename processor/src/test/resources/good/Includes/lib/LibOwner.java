package golden.lib;

/** A primitive boolean read with is..., and a Boolean read with get..., as JavaBeans name them. */
public class LibOwner {
    private String uid;
    private boolean controller;
    private Boolean blockDeletion;

    public String getUid() { return uid; }
    public void setUid(String uid) { this.uid = uid; }

    public boolean isController() { return controller; }
    public void setController(boolean controller) { this.controller = controller; }

    public Boolean getBlockDeletion() { return blockDeletion; }
    public void setBlockDeletion(Boolean blockDeletion) { this.blockDeletion = blockDeletion; }
}
