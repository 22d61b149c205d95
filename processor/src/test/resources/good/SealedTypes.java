package golden;

import io.github.deepcopygen.DeepCopy;
import java.util.List;

/**
 * Rule 11: a field of a sealed type is copied by the copy of its runtime class's permitted subtype; a
 * concrete sealed @DeepCopy class dispatches in its own deepCopy.
 */
@DeepCopy
public class SealedTypes {
    public sealed interface Shape permits Circle, Polygon, Group {}

    public record Circle(double radius) implements Shape {}

    @DeepCopy
    public static final class Polygon implements Shape {
        List<double[]> points;
    }

    /** Recursive through a mutable list: its own copier breaks the cycle. */
    @DeepCopy
    public record Group(String name, List<Shape> members) implements Shape {}

    @DeepCopy
    public abstract static sealed class Animal permits Dog, Cat {
        String name;
    }

    @DeepCopy
    public static final class Dog extends Animal {
        List<String> tricks;
    }

    @DeepCopy
    public static non-sealed class Cat extends Animal {
        int lives;
    }

    @DeepCopy
    public static sealed class Vehicle permits Car {
        String plate;
    }

    @DeepCopy
    public static final class Car extends Vehicle {
        int seats;
    }

    Shape shape;
    List<Shape> shapes;
    Animal pet;
    Vehicle vehicle;
}
