/**
 * A named module using deepcopy-gen. The annotations are needed only to compile, hence {@code
 * requires static}; the generated copiers use nothing but java.base. The module does not read
 * java.compiler, so the copiers go without {@code @Generated}, which it could not see.
 */
module io.github.deepcopygen.example.modular {
  requires static io.github.deepcopygen;

  exports io.github.deepcopygen.example.modular;
}
