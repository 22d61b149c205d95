package io.github.deepcopygen.processor.analysis;

import io.github.deepcopygen.processor.analysis.lombok.LombokPromise;
import io.github.deepcopygen.processor.diagnostics.Problem;
import io.github.deepcopygen.processor.model.CopyPlan;
import java.util.List;

/**
 * What analysing one annotated type gave: a plan to write, errors to report, or a wait for a later
 * round.
 */
public sealed interface AnalysisResult {

  /**
   * A plan; its copier may call members Lombok has yet to write, which the next round checks. The
   * warnings are for the user, and do not stop the copier from being written.
   */
  record Planned(CopyPlan plan, List<LombokPromise> promises, List<Problem> warnings)
      implements AnalysisResult {
    public Planned {
      promises = List.copyOf(promises);
      warnings = List.copyOf(warnings);
    }
  }

  record Rejected(List<Problem> problems) implements AnalysisResult {}

  /** Some field types do not exist yet; another processor may generate them in a later round. */
  record Deferred(List<String> missingTypes) implements AnalysisResult {}
}
