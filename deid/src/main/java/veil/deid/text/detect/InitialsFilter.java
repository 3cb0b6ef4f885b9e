package veil.deid.text.detect;

import java.util.ArrayList;
import java.util.List;
import veil.deid.text.Finding;
import veil.deid.text.lexicon.Lexicons;

/**
 * Transcription initials ("JS/kb") have the shape of many report abbreviations ("PA/LAT", "AP/PA",
 * "S/P"): within a line, a pair whose halves are both ordinary or medical words is no pair of
 * initials; on a line of its own, where sign-offs stand, only a pair of clinical abbreviations is dropped, and not even that
 * before dictation fields ("lr/mv D: 1/16 T: 3/16").
 */
public final class InitialsFilter {
    private final Lexicons lex;

    public InitialsFilter(Lexicons lex) {
        this.lex = lex;
    }

    public List<Finding> apply(String text, List<Finding> found) {
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            String[] parts = text.substring(f.start(), f.end()).split("/");
            if (parts.length == 2) {
                // inside a line any two words will do; a line of its own is a sign-off unless both are clinical ("AP/PA")
                if (f.detector().endsWith("transcription-initials") && lex.isOrdinaryWord(parts[0]) && lex.isOrdinaryWord(parts[1])) continue;
                if (f.detector().endsWith("initials-line") && lex.medicalWords.contains(parts[0]) && lex.medicalWords.contains(parts[1])
                        && !beforeDictationFields(text, f.end())) continue;
            }
            out.add(f);
        }
        return out;
    }

    /** "dm/pt D: 9/24 T: 8/5": dictation and transcription dates after the pair make it the typist's initials. */
    private static boolean beforeDictationFields(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i + 1 < text.length() && "DdTt".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ':';
    }
}
