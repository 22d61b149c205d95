package io.github.deepcopygen.examples.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule 3: not @DeepCopy, but copies itself; subclasses override deepCopy() and keep their own
 * fields.
 */
public class Plugin {
  public String name;
  public List<String> settings;

  public Plugin deepCopy() {
    Plugin copy = new Plugin();
    copyInto(copy);
    return copy;
  }

  protected void copyInto(Plugin copy) {
    copy.name = name;
    copy.settings = settings == null ? null : new ArrayList<>(settings);
  }

  /** A plugin with state of its own: its override keeps it. */
  public static class Script extends Plugin {
    public StringBuilder source;

    @Override
    public Script deepCopy() {
      Script copy = new Script();
      copyInto(copy);
      copy.source = source == null ? null : new StringBuilder(source);
      return copy;
    }
  }
}
