package veil.deid.text.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Random people's names from one split of the name lists, in the formats reports use. Shared by the
 * model's training corpus (TRAIN split), the evaluation (EVAL split) and surrogates.
 */
public final class PersonNames {
    private final List<String> first;
    private final List<String> last;

    public PersonNames(Lexicons lex, NameSplit split) {
        this(lex.firstNames.filter(n -> split.holds(n) && n.length() > 1), lex.lastNames.filter(n -> split.holds(n) && n.length() > 1));
    }

    private PersonNames(List<String> first, List<String> last) {
        this.first = first;
        this.last = last;
    }

    /**
     * Made-up names that are in none of the word lists ("Travolek Quimbershaw"): recall on them is
     * what the context rules and the model achieve where lookup cannot help.
     */
    public static PersonNames invented(Lexicons lex, long seed) {
        String[] onsets = {"b", "br", "d", "dr", "f", "g", "gr", "h", "j", "k", "kl", "l", "m", "n", "p", "qu", "r", "s", "st", "t", "tr", "v", "w", "z"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ou", "ie"};
        String[] codas = {"", "n", "r", "l", "k", "s", "m", "th", "nd", "x"};
        Random r = new Random(seed);
        IntFunction<List<String>> make = size -> {
            List<String> out = new ArrayList<>();
            while (out.size() < size) {
                StringBuilder b = new StringBuilder();
                for (int k = 0, n = 2 + r.nextInt(2); k < n; k++) {
                    b.append(onsets[r.nextInt(onsets.length)]).append(vowels[r.nextInt(vowels.length)]).append(codas[r.nextInt(codas.length)]);
                }
                String w = b.toString().toUpperCase(Locale.ROOT);
                if (!lex.isAnyName(w) && !lex.commonWords.contains(w)) out.add(w);
            }
            return out;
        };
        return new PersonNames(make.apply(3000), make.apply(3000));
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
