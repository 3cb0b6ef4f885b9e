package veil.deid.text;

import veil.deid.text.redact.RedactionStyle;
import veil.deid.text.redact.Redactor;

/**
 * The header engine's clean (C) action backed by the report scanner: identifiers found in a free-text
 * attribute become "[NAME]"-style tags; the rest of the value stays as written.
 */
public final class ScanningTextCleaner implements TextCleaner {
    private final Redactor redactor;

    public ScanningTextCleaner(TextScanner scanner) {
        this.redactor = new Redactor(scanner, RedactionStyle.TAG, null);
    }

    /** Backed by the shared {@link PhiScanner}. */
    public static ScanningTextCleaner shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ScanningTextCleaner INSTANCE = new ScanningTextCleaner(PhiScanner.shared());
    }

    @Override
    public String clean(String text) {
        if (text == null || text.isBlank()) return text;
        return redactor.redact(text, null);
    }
}
