package bad;

import io.github.deepcopygen.DeepCopy;

public class DeepCopyInternalError {
    @DeepCopy
    public static class Boom { // error: [DeepCopyInternalError] deepcopy-gen failed on bad.DeepCopyInternalError.Boom
        String name;
    }

    @DeepCopy
    public static class Fine {
        String name;
    }
}
