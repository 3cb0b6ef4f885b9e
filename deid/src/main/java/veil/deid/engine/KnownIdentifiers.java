package veil.deid.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veil.rules.IdentifyingAttributes;

/**
 * The instance's own identifying values (from the rules' {@link IdentifyingAttributes} table), removed from any free text the
 * engine cleans. A second line of defence behind the text scanner that needs no model: the header says who the
 * patient is, so the text cannot keep it.
 */
final class KnownIdentifiers {

    private static final KnownIdentifiers NONE = new KnownIdentifiers(null);

    private final Pattern pattern;

    private KnownIdentifiers(Pattern pattern) {
        this.pattern = pattern;
    }

    static KnownIdentifiers from(HeaderSnapshot header) {
        List<String> values = new ArrayList<>();
        for (IdentifyingAttributes.Entry e : IdentifyingAttributes.all()) {
            String v = header.get(e.tag());
            if (v == null || v.isBlank()) continue;
            switch (e.kind()) {
                case NAME -> {
                    for (String part : v.split("[\\^\\\\=,\\s]+")) if (part.replaceAll("[^\\p{L}]", "").length() >= 2) values.add(part);
                }
                case DATE -> {
                    for (String d : v.split("\\\\")) {
                        if (d.length() >= 8 && d.substring(0, 8).matches("\\d{8}")) {
                            d = d.substring(0, 8);
                            values.add(d);
                            values.add(d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6));
                        }
                    }
                }
                default -> {
                    for (String id : v.split("\\\\")) if (id.trim().length() >= 3) values.add(id.trim());
                }
            }
        }
        if (values.isEmpty()) return NONE;
        values.sort(Comparator.comparingInt(String::length).reversed());   // longest first: whole IDs before parts
        StringBuilder alt = new StringBuilder();
        for (String v : values) alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(v));
        return new KnownIdentifiers(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The text with every known identifier replaced by {@code [REDACTED]}. */
    String scrub(String text) {
        if (pattern == null || text == null || text.isEmpty()) return text;
        Matcher m = pattern.matcher(text);
        return m.find() ? m.replaceAll("[REDACTED]") : text;
    }
}
