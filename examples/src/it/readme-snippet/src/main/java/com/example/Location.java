package com.example;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/** A record with a mutable component: rebuilt through its canonical constructor. */
@DeepCopy
public record Location(String name, List<Double> coordinates) {}
