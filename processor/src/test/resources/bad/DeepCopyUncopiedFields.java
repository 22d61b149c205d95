package badunc;

/**
 * Library classes whose fields no property of their JSON mapping lets the copier write (see
 * package-info.java): one warning per class names them, unless uncopiedFields acknowledges them.
 */
public class DeepCopyUncopiedFields {}
