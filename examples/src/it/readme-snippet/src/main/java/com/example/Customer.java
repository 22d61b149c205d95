package com.example;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.List;

/** A plain class with a list and a nested class, as the README's reader would write it. */
@DeepCopy
public class Customer {
    private String name;
    private List<String> tags = new ArrayList<>();
    private Address address;
    private Location location;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags; }
    public Address getAddress() { return address; }
    public void setAddress(Address address) { this.address = address; }
    public Location getLocation() { return location; }
    public void setLocation(Location location) { this.location = location; }

    @DeepCopy
    public static class Address {
        String city;
        List<String> lines = new ArrayList<>();
    }
}
