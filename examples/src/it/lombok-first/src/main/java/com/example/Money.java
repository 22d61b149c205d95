package com.example;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import lombok.Value;

/** Lombok's @Value: rebuilt through the constructor Lombok writes. */
@DeepCopy
@Value
public class Money {
    String currency;
    long cents;
    List<String> notes;
}
