package com.example;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** Lombok's @Data and @Builder with both constructors: copied through what Lombok writes. */
@DeepCopy
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class Order {
    private String id;
    private boolean paid;
    private List<String> items;
    private Map<String, Integer> quantities;
    private Money total;
    private Address shipTo;
}
