package veil.deid.text.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random people's names from one split of the name lists, in the formats reports use. Shared by the
 * model's training corpus (TRAIN split), the evaluation (EVAL split) and surrogates.
 */
public final class PersonNames {
    private final List<String> first;
    private final List<String> last;

    public PersonNames(Lexicons lex, NameSplit split) {
        first = lex.firstNames.filter(n -> split.holds(n) && n.length() > 1);
        last = lex.lastNames.filter(n -> split.holds(n) && n.length() > 1);
    }

    public String first(Random r) { return titleCase(first.get(r.nextInt(first.size()))); }

    public String last(Random r) { return titleCase(last.get(r.nextInt(last.size()))); }

    /** A full name: "Ann Lee", "A. Lee", "Ann B. Lee", "Lee", "LEE, ANN", "Lee, Ann", "Ann Lee-Park". */
    public String full(Random r) {
        int f = r.nextInt(20);
        String fn = first(r), ln = last(r);
        return switch (f) {
            case 0, 1 -> fn.charAt(0) + ". " + ln;
            case 2, 3 -> fn + " " + (char) ('A' + r.nextInt(26)) + ". " + ln;
            case 4 -> ln;
            case 5 -> (ln + ", " + fn).toUpperCase(Locale.ROOT);
            case 6 -> ln + ", " + fn;
            case 7 -> fn + " " + ln + "-" + last(r);
            default -> fn + " " + ln;
        };
    }

    public static String titleCase(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '\'' || c == '-' || c == ' ';
        }
        return b.toString();
    }
}
