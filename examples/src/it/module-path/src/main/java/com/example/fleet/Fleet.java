package com.example.fleet;

import io.github.deepcopygen.DeepCopy;
import java.util.List;
import java.util.Map;

/** A named module's types: a class, a nested class and a record. */
@DeepCopy
public class Fleet {
    public String name;
    public List<Ship> ships;
    public Map<String, Berth> berths;

    @DeepCopy
    public static class Ship {
        public String callSign;
        public List<String> crew;
    }

    @DeepCopy
    public record Berth(int number, List<String> reservedFor) {}
}
