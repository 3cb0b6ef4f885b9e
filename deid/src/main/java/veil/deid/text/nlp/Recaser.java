package veil.deid.text.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.WordList;

/**
 * Lines in all capitals (older reports, RIS headers, ICU notes) and lines in all lower case
 * (dictations, chat-style notes) carry no capitalisation evidence. For scanning, such a line is
 * re-cased: ordinary and medical words in lower case, other words (names, places) and the words
 * facility, street and date patterns need in title case. The rule-based detectors read such a line
 * in capitals ({@link Recased#evidence()}), so the same "no evidence" rules apply to both. A
 * document that is all capitals or all lower case as a whole is re-cased line by line however short
 * the line; in a mixed document only lines long enough to judge are. Same length, so offsets into
 * the re-cased text are offsets into the original.
 */
public final class Recaser {
    private static final double SHOUTING = 0.9;
    /** A mixed document's line must have this many letters to be judged shouted or lower case. */
    private static final int LINE_LETTERS = 12;
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE",
            "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY");

    /** How a document or a line is written. */
    public enum Casing { MIXED, UPPER, LOWER }

    /**
     * @param text re-cased for the models
     * @param evidence as the rules read it: lines without capitalisation evidence in capitals
     */
    public record Recased(String text, String evidence) {}

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

    /** The casing of a whole document: UPPER or LOWER when (nearly) every letter is. */
    public static Casing casingOf(String text) {
        return casingOf(text, 0, text.length(), 1);
    }

    private static Casing casingOf(String text, int from, int to, int minLetters) {
        int letters = 0, upper = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        if (letters < minLetters) return Casing.MIXED;
        if (upper >= SHOUTING * letters) return Casing.UPPER;
        // a lower-case note may still hold an acronym or two ("pt seen by healey, cxr ok, BP stable")
        if (upper <= 0.03 * letters) return Casing.LOWER;
        return Casing.MIXED;
    }

    /** Re-cased for the models only (the training corpus uses this). */
    public String recase(String text) {
        return recased(text).text();
    }

    /** The text itself (twice) when every line has capitalisation evidence. */
    public Recased recased(String text) {
        Casing doc = casingOf(text);
        StringBuilder out = null, evidence = null;
        int start = 0, n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') continue;
            Casing line = doc != Casing.MIXED ? doc : casingOf(text, start, i, LINE_LETTERS);
            if (line != Casing.MIXED && hasLetter(text, start, i)) {
                if (out == null) { out = new StringBuilder(text); evidence = new StringBuilder(text); }
                recaseLine(text, start, i, out);
                for (int k = start; k < i; k++) evidence.setCharAt(k, Character.toUpperCase(text.charAt(k)));
            }
            start = i + 1;
        }
        return out == null ? new Recased(text, text) : new Recased(out.toString(), evidence.toString());
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetter(text.charAt(i))) return true;
        return false;
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
            String word = text.substring(a, b).toUpperCase(Locale.ROOT);
            // "dr. s. edward": a lone letter, a full stop and a word is an initial; written as one, the sentence
            // detector does not end a sentence after it (not "e.g.", "i.e.": no space follows their letters)
            if (word.length() == 1 && isInitial(text, a, from, to)) { out.setCharAt(a, Character.toUpperCase(text.charAt(a))); chain = 0; continue; }
            if (word.length() == 1 || word.length() == 2 && STATE_CODES.contains(word)) { chain = 0; continue; } // initials, states: as written
            boolean facility = FACILITY_WORDS.contains(word);
            boolean inName = chain > 0 && chain < 4 && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
            // "PT'S": the possessive says nothing about the word
            String base = word.endsWith("'S") ? word.substring(0, word.length() - 2) : word;
            boolean title = facility || inName || keep.contains(base) || !lex.commonWords.contains(base);
            chain = facility ? 1 : inName ? chain + 1 : 0;
            for (int k = a; k < b; k++) {
                char c = text.charAt(k);
                out.setCharAt(k, title && (k == a || text.charAt(k - 1) == '\'' && k < b - 1) ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
    }

    private static boolean isInitial(String text, int a, int from, int to) {
        return a + 3 < to && text.charAt(a + 1) == '.' && text.charAt(a + 2) == ' ' && Character.isLetter(text.charAt(a + 3))
                && (a == from || text.charAt(a - 1) == ' ' || text.charAt(a - 1) == ':' || text.charAt(a - 1) == ',');
    }

    private static final Set<String> FACILITY_WORDS = Set.of("HOSPITAL", "CLINIC", "CENTER", "CENTRE",
            "INFIRMARY", "MEDICAL", "MEMORIAL", "GENERAL", "REGIONAL", "COMMUNITY", "HEALTH", "WARD", "PAVILION", "WING", "INSTITUTE");
    private static final Set<String> FUNCTION_WORDS = Set.of("from", "at", "to", "the", "of", "in", "and",
            "or", "on", "by", "with", "for", "a", "an", "was", "is", "were", "transferred", "seen", "performed", "treated", "admitted",
            "via", "into", "after", "before", "near", "called", "spoke", "sent", "discharged", "returned",
            // "PRIOR STUDY FROM OUTSIDE HOSPITAL": words before a facility word that name no facility
            "outside", "other", "another", "local", "referring", "same", "this", "that", "your", "our", "their", "his", "her");
}
