package com.example;

import java.util.List;
import lombok.Builder;
import lombok.Value;
import lombok.extern.jackson.Jacksonized;

/** Not @DeepCopy: a Lombok value class, rebuilt inline through the constructor Lombok writes. */
@Value
@Builder
@Jacksonized
public class Retention {
    int days;
    List<String> keep;
}
