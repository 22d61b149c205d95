package io.github.deepcopygen.examples.operator;

import io.github.deepcopygen.josdk.DeepCopyCloner;
import io.javaoperatorsdk.operator.api.config.ConfigurationServiceOverrider;

/**
 * The one line of operator configuration deepcopy-gen asks for: JOSDK clones cached resources with
 * the generated copiers. Use it as {@code new Operator(BackupOperator::configure)}.
 */
public final class BackupOperator {
  private BackupOperator() {}

  /** Makes JOSDK copy Backups with {@link BackupDeepCopy}, and anything else as it always did. */
  public static void configure(ConfigurationServiceOverrider overrider) {
    overrider.withResourceCloner(
        DeepCopyCloner.builder().copier(Backup.class, BackupDeepCopy::deepCopy).build());
  }
}
