package golden;

abstract class InheritanceResource<S, T> extends InheritanceMeta {
    S spec;
    T status;
}
