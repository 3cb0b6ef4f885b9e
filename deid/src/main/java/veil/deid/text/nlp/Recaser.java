package veil.deid.text.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.WordList;

/**
 * Shouted lines (all capitals, common in older reports and headers) carry no capitalisation
 * evidence. For scanning, such a line is re-cased: ordinary words in lower case, other words
 * (names, places) and the words facility, street and date patterns need in title case. Same length,
 * so offsets into the re-cased text are offsets into the original.
 */
public final class Recaser {
    private static final double SHOUTING = 0.9;
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE",
            "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY");

    private final Lexicons lex;
    private final WordList keep;

    public Recaser(Lexicons lex) {
        this.lex = lex;
        this.keep = WordList.union(WordList.resource("/veil/deid/text/keep_capitalised.txt"), cityWords());
    }

    private static WordList cityWords() {
        return WordList.ofWords(WordList.resource("/veil/deid/text/cities.txt").originals().stream()
                .flatMap(c -> Arrays.stream(c.split("[ -]"))).toList());
    }

    /** The text itself when no line shouts. */
    public String recase(String text) {
        StringBuilder out = null;
        int start = 0, n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') continue;
            if (shouts(text, start, i)) {
                if (out == null) out = new StringBuilder(text);
                recaseLine(text, start, i, out);
            }
            start = i + 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean shouts(String text, int from, int to) {
        int letters = 0, upper = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 12 && upper >= SHOUTING * letters;
    }

    private void recaseLine(String text, int from, int to, StringBuilder out) {
        List<int[]> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) { i++; continue; }
            int j = i;
            while (j < to && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) j++;
            words.add(new int[] {i, j});
            i = j;
        }
        // right to left, so that "MERCY GENERAL HOSPITAL" keeps "Mercy" capitalised before "General Hospital"
        int chain = 0;
        for (int w = words.size() - 1; w >= 0; w--) {
            int a = words.get(w)[0], b = words.get(w)[1];
            String word = text.substring(a, b);
            if (word.length() == 1 || word.length() == 2 && STATE_CODES.contains(word)) { chain = 0; continue; } // initials, states
            boolean facility = FACILITY_WORDS.contains(word.toUpperCase(Locale.ROOT));
            boolean inName = chain > 0 && chain < 4 && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
            boolean title = facility || inName || keep.contains(word) || !lex.commonWords.contains(word);
            chain = facility ? 1 : inName ? chain + 1 : 0;
            for (int k = a; k < b; k++) {
                char c = text.charAt(k);
                out.setCharAt(k, title && (k == a || text.charAt(k - 1) == '\'') ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
    }

    private static final Set<String> FACILITY_WORDS = Set.of("HOSPITAL", "CLINIC", "CENTER", "CENTRE",
            "INFIRMARY", "MEDICAL", "MEMORIAL", "GENERAL", "REGIONAL", "COMMUNITY", "HEALTH", "WARD", "PAVILION", "WING", "INSTITUTE");
    private static final Set<String> FUNCTION_WORDS = Set.of("from", "at", "to", "the", "of", "in", "and",
            "or", "on", "by", "with", "for", "a", "an", "was", "is", "were", "transferred", "seen", "performed", "treated", "admitted");
}
