package golden;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Deep copies of {@link CollectionFields}, written by deepcopy-gen.
 */
@Generated("io.github.deepcopygen.processor.DeepCopyProcessor")
public final class CollectionFieldsDeepCopy {
    private CollectionFieldsDeepCopy() {
    }

    /**
     * Returns a copy of {@code in} that shares no mutable object with it, or null for null.
     */
    public static CollectionFields deepCopy(CollectionFields in) {
        if (in == null) {
            return null;
        }
        if (in.getClass() != CollectionFields.class) {
            throw new IllegalArgumentException("CollectionFieldsDeepCopy cannot copy " + in.getClass().getName() + ", a subclass of golden.CollectionFields: its own fields would be lost. Fix: give the hierarchy a deepCopy() method that the subclass overrides, or make CollectionFields sealed or final.");
        }
        CollectionFields out = new CollectionFields();
        deepCopyInto(in, out);
        return out;
    }

    /**
     * Overwrites every property of {@code out} with a deep copy of {@code in}'s. Neither may be null.
     */
    public static void deepCopyInto(CollectionFields in, CollectionFields out) {
        out.args = in.args == null ? null : new ArrayList<>(in.args);
        out.env = copyListOfEnvVar(in.env);
        out.scopes = in.scopes == null ? null : new LinkedHashSet<>(in.scopes);
        out.extraEnv = copyCollectionOfEnvVar(in.extraEnv);
        out.labels = in.labels == null ? null : new LinkedHashMap<>(in.labels);
        out.envByName = copyMapOfStringToEnvVar(in.envByName);
        out.deep = copyMapOfStringToListOfMapOfStringToEnvVar(in.deep);
        out.matrix = copyListOfListOfString(in.matrix);
    }

    private static List<CollectionFields.EnvVar> copyListOfEnvVar(
            List<CollectionFields.EnvVar> in) {
        if (in == null) {
            return null;
        }
        List<CollectionFields.EnvVar> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(CollectionFields_EnvVarDeepCopy.deepCopy(in.get(i)));
            }
        } else {
            for (CollectionFields.EnvVar element : in) {
                out.add(CollectionFields_EnvVarDeepCopy.deepCopy(element));
            }
        }
        return out;
    }

    private static Collection<CollectionFields.EnvVar> copyCollectionOfEnvVar(
            Collection<CollectionFields.EnvVar> in) {
        if (in == null) {
            return null;
        }
        Collection<CollectionFields.EnvVar> out = new ArrayList<>(in.size());
        for (CollectionFields.EnvVar element : in) {
            out.add(CollectionFields_EnvVarDeepCopy.deepCopy(element));
        }
        return out;
    }

    private static Map<String, CollectionFields.EnvVar> copyMapOfStringToEnvVar(
            Map<String, CollectionFields.EnvVar> in) {
        if (in == null) {
            return null;
        }
        Map<String, CollectionFields.EnvVar> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, CollectionFields.EnvVar> entry : in.entrySet()) {
            out.put(entry.getKey(), CollectionFields_EnvVarDeepCopy.deepCopy(entry.getValue()));
        }
        return out;
    }

    private static Map<String, List<Map<String, CollectionFields.EnvVar>>> copyMapOfStringToListOfMapOfStringToEnvVar(
            Map<String, List<Map<String, CollectionFields.EnvVar>>> in) {
        if (in == null) {
            return null;
        }
        Map<String, List<Map<String, CollectionFields.EnvVar>>> out = new LinkedHashMap<>((int) Math.ceil(in.size() / 0.75));
        for (Map.Entry<String, List<Map<String, CollectionFields.EnvVar>>> entry : in.entrySet()) {
            out.put(entry.getKey(), copyListOfMapOfStringToEnvVar(entry.getValue()));
        }
        return out;
    }

    private static List<Map<String, CollectionFields.EnvVar>> copyListOfMapOfStringToEnvVar(
            List<Map<String, CollectionFields.EnvVar>> in) {
        if (in == null) {
            return null;
        }
        List<Map<String, CollectionFields.EnvVar>> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                out.add(copyMapOfStringToEnvVar(in.get(i)));
            }
        } else {
            for (Map<String, CollectionFields.EnvVar> element : in) {
                out.add(copyMapOfStringToEnvVar(element));
            }
        }
        return out;
    }

    private static List<List<String>> copyListOfListOfString(List<List<String>> in) {
        if (in == null) {
            return null;
        }
        List<List<String>> out = new ArrayList<>(in.size());
        if (in instanceof RandomAccess) {
            for (int i = 0, size = in.size(); i < size; i++) {
                List<String> element = in.get(i);
                out.add(element == null ? null : new ArrayList<>(element));
            }
        } else {
            for (List<String> element : in) {
                out.add(element == null ? null : new ArrayList<>(element));
            }
        }
        return out;
    }
}
