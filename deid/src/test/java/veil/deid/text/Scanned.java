package veil.deid.text;

import java.util.List;

/** What the shared scanner finds in a test text, as the strings found. */
final class Scanned {
    private Scanned() {}

    static List<String> found(String text, PhiType type) {
        return PhiScanner.shared().scan(text).stream().filter(f -> f.type() == type).map(f -> text.substring(f.start(), f.end())).toList();
    }

    static List<String> all(String text) {
        return PhiScanner.shared().scan(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
