package veil.deid.text;

import java.util.List;

/** Finds identifiers in free text. Implementations are thread-safe. */
public interface TextScanner {
    /** Findings sorted by start, non-overlapping. */
    List<Finding> scan(String text);
}
