package com.example;

import java.util.List;
import lombok.Value;

/** Lombok's @Value without @DeepCopy: copied inline, through the constructor and getters Lombok writes. */
@Value
public class Address {
    String city;
    List<String> lines;
}
