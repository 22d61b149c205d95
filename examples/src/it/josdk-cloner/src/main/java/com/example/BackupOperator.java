package com.example;

import io.github.deepcopygen.josdk.DeepCopyCloner;
import io.javaoperatorsdk.operator.Operator;

/** The README's cloner snippet, word for word, in an operator's start-up. */
public final class BackupOperator {
    private BackupOperator() {}

    public static Operator create() {
        Operator operator = new Operator(overrider -> overrider.withResourceCloner(
            DeepCopyCloner.builder()
                .copier(Backup.class, BackupDeepCopy::deepCopy)
                .build()));
        return operator;
    }
}
