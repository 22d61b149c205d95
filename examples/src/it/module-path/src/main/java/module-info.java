/** The README's pom.xml on the module path: the annotations are needed to compile only. */
module com.example.fleet {
    requires static io.github.deepcopygen;

    exports com.example.fleet;
}
