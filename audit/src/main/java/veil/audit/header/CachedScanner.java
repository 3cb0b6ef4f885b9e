package veil.audit.header;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import veil.deid.text.Finding;
import veil.deid.text.TextScanner;

/**
 * The report scanner with a memory of short values: a collection repeats the same descriptions, station names and
 * protocol names in thousands of files, and scanning each distinct value once is what makes 200 files/s possible.
 * Long texts (reports, SR paragraphs) are unique and scanned every time. Thread-safe.
 */
final class CachedScanner {

    static final int CACHED_MAX_LENGTH = 200;
    static final int CAPACITY = 200_000;

    private final TextScanner scanner;
    private final Map<String, List<Finding>> cache = new ConcurrentHashMap<>();

    CachedScanner(TextScanner scanner) {
        this.scanner = scanner;
    }

    List<Finding> scan(String text) {
        if (text.length() > CACHED_MAX_LENGTH) return scanner.scan(text);
        List<Finding> hit = cache.get(text);
        if (hit != null) return hit;
        List<Finding> found = List.copyOf(scanner.scan(text));
        if (cache.size() >= CAPACITY) cache.clear();   // a crude bound: a rescan costs time, never correctness
        cache.put(text, found);
        return found;
    }
}
