package com.example;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

@DeepCopy
public class BackupSpec {
    private String schedule;
    private List<String> targets;

    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
    public List<String> getTargets() { return targets; }
    public void setTargets(List<String> targets) { this.targets = targets; }
}
