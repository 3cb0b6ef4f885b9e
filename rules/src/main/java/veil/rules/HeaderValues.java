package veil.rules;

/** Read access to an instance's top-level header by keyword, for rule conditions. */
@FunctionalInterface
public interface HeaderValues {
    /** The value (multiple values joined by backslash), or null when absent. */
    String get(String keyword);
}
