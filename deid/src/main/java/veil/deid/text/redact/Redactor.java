package veil.deid.text.redact;

import java.security.SecureRandom;
import java.util.List;
import veil.deid.text.DateShift;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.TextScanner;

/** Replaces what a scanner finds, and only that, in the chosen style. Thread-safe. */
public final class Redactor {
    private final TextScanner scanner;
    private final RedactionStyle style;
    private final DateShift dateShift;

    /** @param dateShift needed for {@link RedactionStyle#SURROGATE}; may be null otherwise */
    public Redactor(TextScanner scanner, RedactionStyle style, DateShift dateShift) {
        if (style == RedactionStyle.SURROGATE && dateShift == null) throw new IllegalArgumentException("surrogate style needs a date shift");
        this.scanner = scanner;
        this.style = style;
        this.dateShift = dateShift;
    }

    /** @param patientId whose date shift applies; when unknown, the document's own id */
    public String redact(String text, String patientId) {
        if (text == null || text.isEmpty()) return text;
        return apply(text, scanner.scan(text), patientId);
    }

    public String apply(String text, List<Finding> findings, String patientId) {
        if (findings.isEmpty()) return text;
        Surrogates fakes = style == RedactionStyle.SURROGATE
                ? new Surrogates(new SecureRandom(), dateShift.daysFor(patientId)) : null;
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : findings) {
            if (f.start() < at) continue;
            b.append(text, at, f.start());
            b.append(replacement(f.type(), text.substring(f.start(), f.end()), fakes));
            at = f.end();
        }
        b.append(text, at, text.length());
        return b.toString();
    }

    private String replacement(PhiType type, String original, Surrogates fakes) {
        return switch (style) {
            case PLACEHOLDER -> "___";
            case TAG -> "[" + type.name() + "]";
            case SURROGATE -> fakes.replace(type, original);
        };
    }
}
