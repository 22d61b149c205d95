package golden.plib;

import java.util.List;

public class PCluster {
    private PStorage storage;
    private List<PStorage> volumes;

    public PStorage getStorage() {
        return storage;
    }

    public void setStorage(PStorage storage) {
        this.storage = storage;
    }

    public List<PStorage> getVolumes() {
        return volumes;
    }

    public void setVolumes(List<PStorage> volumes) {
        this.volumes = volumes;
    }
}
