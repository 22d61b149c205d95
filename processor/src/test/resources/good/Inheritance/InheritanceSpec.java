package golden;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
class InheritanceSpec {
    Integer replicas;
}
