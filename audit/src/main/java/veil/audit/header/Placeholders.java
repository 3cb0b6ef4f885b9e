package veil.audit.header;

import java.util.Locale;
import java.util.Set;

/** Values that stand for a removed value ({@code placeholders.txt}), and keyed pseudonyms: neither identifies anyone. */
public final class Placeholders {

    private static final Set<String> VALUES = ResourceWords.load("/veil/audit/placeholders.txt").stream()
            .map(v -> v.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Placeholders() { }

    public static boolean isPlaceholder(String value) {
        String v = value.trim();
        if (v.isEmpty()) return true;
        if (v.startsWith("[") && v.endsWith("]")) return true;
        if (v.chars().allMatch(c -> c == '*' || c == '_' || c == 'X' || c == 'x' || c == '^' || c == ' ')) return true;
        return VALUES.contains(v.toUpperCase(Locale.ROOT));
    }

    /**
     * A pseudonym or hash: one token mixing letters and digits (VEIL3KQ9ZP2M, A1B2C3D4). Real names have no digits;
     * a real ID can look like this too, which is why IDs are checked by where they appear, not by their shape.
     */
    public static boolean looksPseudonymous(String value) {
        String v = value.trim();
        if (v.length() < 6 || v.contains(" ") || v.contains("^")) return false;
        boolean letter = false, digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetter(c)) letter = true;
            else if (Character.isDigit(c)) digit = true;
            else if (c != '-' && c != '_') return false;
        }
        return letter && digit;
    }

}
