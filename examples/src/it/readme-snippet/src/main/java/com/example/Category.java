package com.example;

import io.github.deepcopygen.DeepCopy;
import java.util.ArrayList;
import java.util.List;

/** A tree with parent links, as the README's graph section has its reader write one. */
@DeepCopy(graph = true)
public class Category {
    public String name;
    public Category parent;
    public List<Category> children = new ArrayList<>();
    public List<Category> related = new ArrayList<>();
}
