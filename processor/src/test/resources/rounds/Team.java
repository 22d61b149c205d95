package rounds;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** Team and Member reference each other: a cycle of types, all known in the first round. */
@DeepCopy
public class Team {
    public String name;
    public List<Member> members;
}
