package golden;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
abstract class InheritanceMeta {
    private String kind;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
