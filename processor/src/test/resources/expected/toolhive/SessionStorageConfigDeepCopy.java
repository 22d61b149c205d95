package io.github.deepcopygen.toolhive.v1alpha1;

import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link SessionStorageConfig}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class SessionStorageConfigDeepCopy {
    private SessionStorageConfigDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static SessionStorageConfig deepCopy(SessionStorageConfig in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != SessionStorageConfig.class) {
            throw new IllegalArgumentException("SessionStorageConfigDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of io.github.deepcopygen.toolhive.v1alpha1.SessionStorageConfig: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make SessionStorageConfig sealed or final.");
        }
        SessionStorageConfig out = new SessionStorageConfig();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(SessionStorageConfig in, SessionStorageConfig out) {
        out.setProvider(in.getProvider());
        out.setAddress(in.getAddress());
        out.setDb(in.getDb());
        out.setKeyPrefix(in.getKeyPrefix());
        SecretKeyRef passwordRef = in.getPasswordRef();
        out.setPasswordRef(passwordRef == null ? null : passwordRef.deepCopy());
    }
}
