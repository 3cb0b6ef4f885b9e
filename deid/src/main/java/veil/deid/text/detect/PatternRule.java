package veil.deid.text.detect;

import java.util.regex.Pattern;
import veil.deid.text.PhiType;

/**
 * A regular expression for one shape of identifier; a group named "phi" narrows the marked part.
 *
 * @param starts where a match may begin: 'd' first digit of a number, 'w' first letter of a word,
 *               'p' an opening parenthesis or plus sign
 */
public record PatternRule(PhiType type, double confidence, String name, String starts, Pattern pattern, boolean narrowed) {
    public static PatternRule of(PhiType type, double confidence, String name, String starts, String regex) {
        if (!starts.matches("[dwp]+")) throw new IllegalArgumentException(name + ": start classes must be d, w or p");
        return new PatternRule(type, confidence, name, starts, Pattern.compile(regex), regex.contains("(?<phi>"));
    }
}
