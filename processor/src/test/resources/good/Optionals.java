package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Rules 2 and 8: an Optional of an immutable value is shared; otherwise its value is copied. */
@DeepCopy
public class Optionals {
    @DeepCopy
    public static class Endpoint {
        String url;
    }

    Optional<String> nickname;
    OptionalInt port;
    Optional<Endpoint> endpoint;
    Optional<List<Endpoint>> fallbacks;
}
