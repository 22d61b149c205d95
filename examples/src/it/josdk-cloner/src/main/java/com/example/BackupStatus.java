package com.example;

import io.github.deepcopygen.DeepCopy;

@DeepCopy
public class BackupStatus {
    private String phase;

    public String getPhase() { return phase; }
    public void setPhase(String phase) { this.phase = phase; }
}
