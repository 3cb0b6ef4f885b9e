package veil.deid.text.detect;

import java.util.List;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.nlp.AnalyzedText;
import veil.deid.text.nlp.Sentence;

/**
 * Names by lookup, in the manner of OpenNLP's DictionaryNameFinder: a capitalised token that is an
 * unambiguous first or last name and no ordinary or medical word, widened to capitalised
 * neighbours that are known names ("Will" in "Will Okafor").
 */
public final class LexiconNameDetector implements Detector {
    private final Lexicons lex;

    public LexiconNameDetector(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public void detect(AnalyzedText doc, List<Finding> out) {
        for (Sentence s : doc.sentences()) {
            String[] t = s.raw();
            int i = 0;
            while (i < t.length) {
                if (!isStrongName(t[i])) { i++; continue; }
                int a = i, b = i;
                while (a > 0 && isNeighbour(t, a - 1)) a--;
                while (b + 1 < t.length && (isNeighbour(t, b + 1) || isStrongName(t[b + 1]))) b++;
                out.add(new Finding(s.tokenStarts()[a], s.tokenEnds()[b], PhiType.NAME, 0.75, "lexicon"));
                i = b + 1;
            }
        }
    }

    boolean isStrongName(String tok) {
        return NameShape.isNameWord(tok) && lex.isUnambiguousName(tok) && !lex.isOrdinaryWord(tok);
    }

    /** A known name next to a strong one; an ordinary word only when capitalised mid-sentence. */
    private boolean isNeighbour(String[] t, int i) {
        String tok = t[i];
        // "KORN D: 5/19": a letter before a colon is a field label (dictated, transcribed), not an initial
        if (NameShape.isInitial(tok)) return i + 1 >= t.length || !t[i + 1].equals(":");
        if (!NameShape.isNameWord(tok) || !lex.isAnyName(tok) || lex.notNames.contains(tok)) return false;
        if (!lex.commonWords.contains(tok)) return true;
        return i > 0 && !NameShape.isAllCaps(tok) && !isSentenceStart(t[i - 1]);
    }

    private static boolean isSentenceStart(String previous) {
        return previous.equals(":") || previous.equals(".") || previous.equals("-");
    }
}
