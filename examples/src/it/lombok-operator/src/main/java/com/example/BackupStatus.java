package com.example;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.Data;

@DeepCopy
@Data
public class BackupStatus {
    private String phase;
    private List<String> completed;
}
