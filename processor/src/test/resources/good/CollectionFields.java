package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rule 7: lists, sets, collections and maps at any depth, presized, order kept, nulls kept. */
@DeepCopy
public class CollectionFields {
    @DeepCopy
    public static class EnvVar {
        String name;
        String value;
    }

    List<String> args;
    List<EnvVar> env;
    Set<String> scopes;
    Collection<EnvVar> extraEnv;
    Map<String, String> labels;
    Map<String, EnvVar> envByName;
    Map<String, List<Map<String, EnvVar>>> deep;
    List<List<String>> matrix;
}
