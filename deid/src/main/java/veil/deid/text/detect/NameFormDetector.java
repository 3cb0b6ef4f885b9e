package veil.deid.text.detect;

import java.util.List;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.WordList;
import veil.deid.text.nlp.AnalyzedText;
import veil.deid.text.nlp.Sentence;

/**
 * Names by the way they are written, whatever the words: an initial before a capitalised word
 * ("T. Weaving", "A. B. Driver") and the inverted "Surname, Firstname" of sign-off lines
 * ("Fanning, Tessie"), where the first name is a known one.
 */
public final class NameFormDetector implements Detector {
    private final Lexicons lex;
    private final WordList notAfterCue = WordList.resource("/veil/deid/text/not_after_cue.txt");

    public NameFormDetector(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public void detect(AnalyzedText doc, List<Finding> out) {
        for (Sentence s : doc.sentences()) {
            String[] t = s.raw();
            for (int i = 0; i + 1 < t.length; i++) {
                int end = initialled(t, i);
                if (end > i) {
                    out.add(new Finding(s.tokenStarts()[i], s.tokenEnds()[end], PhiType.NAME, 0.8, "form:initial"));
                    i = end;
                    continue;
                }
                if (inverted(t, i)) {
                    out.add(new Finding(s.tokenStarts()[i], s.tokenEnds()[i + 2], PhiType.NAME, 0.8, "form:inverted"));
                    i += 2;
                }
            }
        }
    }

    /** Index of the surname after one or two initials starting at i, or -1. */
    private int initialled(String[] t, int i) {
        if (!isDottedInitial(t, i)) return -1;
        int j = t[i].length() == 2 ? i + 1 : i + 2;
        if (j < t.length && isDottedInitial(t, j)) j = t[j].length() == 2 ? j + 1 : j + 2;
        if (j >= t.length || !NameShape.isNameWord(t[j]) || notAfterCue.contains(t[j]) || lex.notNames.contains(t[j])) return -1;
        if (i > 0 && (t[i - 1].equalsIgnoreCase("grade") || t[i - 1].equalsIgnoreCase("type") || t[i - 1].equalsIgnoreCase("vitamin"))) return -1;
        return j;
    }

    /** "J." as one token, or "J" followed by a separate "." token. */
    private static boolean isDottedInitial(String[] t, int i) {
        if (t[i].length() == 2 && Character.isUpperCase(t[i].charAt(0)) && t[i].charAt(1) == '.') return true;
        return t[i].length() == 1 && Character.isUpperCase(t[i].charAt(0)) && i + 1 < t.length && t[i + 1].equals(".");
    }

    private boolean inverted(String[] t, int i) {
        if (i + 2 >= t.length || !t[i + 1].equals(",")) return false;
        String last = t[i], first = t[i + 2];
        if (!NameShape.isNameWord(last) || !NameShape.isNameWord(first)) return false;
        if (notAfterCue.contains(last) || notAfterCue.contains(first) || lex.notNames.contains(last) || lex.usStates.contains(first)) return false;
        boolean knownFirst = lex.firstNamesUnambiguous.contains(first) || (lex.firstNames.contains(first) && !lex.commonWords.contains(first));
        return knownFirst && lex.lastNames.contains(last);
    }
}
