package bad;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** A field hidden by a subclass field whose accessors the subclass overrides cannot be reached. */
public class HiddenAccessors {
    @DeepCopy
    public abstract static class Base {
        private List<String> source;

        public List<String> getSource() {
            return source;
        }

        public void setSource(List<String> source) {
            this.source = source;
        }
    }

    @DeepCopy
    public static class Sub extends Base {
        private List<String> source; // error: [DeepCopyInaccessibleField] overrides getSource()

        @Override
        public List<String> getSource() {
            return source;
        }

        @Override
        public void setSource(List<String> source) {
            this.source = source;
        }
    }

    /** The same through a superclass that is not @DeepCopy, whose field the subclass's copier copies. */
    public static class Plain {
        private List<String> source; // error: [DeepCopyInaccessibleField] overrides getSource

        public List<String> getSource() {
            return source;
        }

        public void setSource(List<String> source) {
            this.source = source;
        }
    }

    @DeepCopy
    public static class PlainSub extends Plain {
        private List<String> source;

        @Override
        public List<String> getSource() {
            return source;
        }

        @Override
        public void setSource(List<String> source) {
            this.source = source;
        }
    }
}
