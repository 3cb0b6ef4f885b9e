package veil.deid.text;

/**
 * The header engine's C (clean) action for free-text attributes. Implementations are thread-safe
 * and must never return identifying text they could not vouch for.
 */
public interface TextCleaner {
    String clean(String text);

    /** Until a scanner is configured: replace the whole value, which is always safe. */
    TextCleaner PLACEHOLDER = text -> text == null || text.isBlank() ? text : "CLEANED";
}
