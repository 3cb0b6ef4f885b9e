package veil.deid.text.detect;

import java.util.regex.Pattern;
import veil.deid.text.PhiType;

/**
 * A regular expression for one shape of identifier; a group named "phi" narrows the marked part.
 *
 * @param starts where a match may begin: 'd' first digit of a number, 'w' first letter of a word,
 *     'u' (alone) first letter of a word that is a capital (for case-sensitive rules that can only begin with one),
 *               'p' an opening parenthesis or plus sign
 * @param needs strings of which the lower-cased text must hold one for a match to be possible (a cheap pre-check)
 */
public record PatternRule(PhiType type, double confidence, String name, String starts, Pattern pattern, boolean narrowed, String[] needs) {
    public static PatternRule of(PhiType type, double confidence, String name, String starts, String regex, String needs) {
        if (!starts.matches("[dwp]+|u")) throw new IllegalArgumentException(name + ": start classes must be d, w or p, or u alone");
        String[] n = needs == null || needs.isEmpty() ? new String[0] : needs.split("\\|");
        return new PatternRule(type, confidence, name, starts, Pattern.compile(regex), regex.contains("(?<phi>"), n);
    }

    /** Whether the (lower-cased) text holds one of the strings this rule needs, if it names any. */
    boolean canMatch(String lowerText) {
        if (needs.length == 0) return true;
        for (String n : needs) if (lowerText.contains(n)) return true;
        return false;
    }
}
