package rounds;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public class Member {
    public String name;
    public Team formerTeam;
}
