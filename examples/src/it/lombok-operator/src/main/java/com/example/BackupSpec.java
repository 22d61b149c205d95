package com.example;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

@DeepCopy
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class BackupSpec {
    private String schedule;
    private boolean suspended;
    private List<String> targets;
    private Map<String, String> labels;
    private Retention retention;
}
