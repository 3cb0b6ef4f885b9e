package veil.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A condition on header values, e.g. {@code {Modality: [US, SC]}}: every keyword must match one of its values.
 * Values compare case-insensitively and ignore surrounding spaces; a value ending in * matches by prefix;
 * a lone * matches any non-empty value.
 */
public record Condition(Map<String, List<String>> required) {

    public static final Condition ALWAYS = new Condition(Map.of());

    public Condition {
        required = Map.copyOf(required);
    }

    public boolean isAlways() {
        return required.isEmpty();
    }

    public boolean matches(HeaderValues header) {
        for (Map.Entry<String, List<String>> e : required.entrySet()) {
            String actual = header.get(e.getKey());
            if (actual == null || e.getValue().stream().noneMatch(v -> valueMatches(v, actual))) return false;
        }
        return true;
    }

    private static boolean valueMatches(String wanted, String actual) {
        String a = actual.trim().toUpperCase(Locale.ROOT);
        String w = wanted.trim().toUpperCase(Locale.ROOT);
        if (w.equals("*")) return !a.isEmpty();
        if (w.endsWith("*")) return a.startsWith(w.substring(0, w.length() - 1));
        return a.equals(w);
    }

    @Override
    public String toString() {
        return required.toString();
    }
}
