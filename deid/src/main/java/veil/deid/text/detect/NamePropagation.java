package veil.deid.text.detect;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.nlp.AnalyzedText;
import veil.deid.text.nlp.Sentence;

/**
 * Once a document names someone, every other mention of that name in it is an identifier too,
 * even where the context is weak ("Dr. Okafor ... Okafor agreed").
 */
public final class NamePropagation {
    private final Lexicons lex;

    public NamePropagation(Lexicons lex) {
        this.lex = lex;
    }

    public void extend(AnalyzedText doc, List<Finding> found) {
        Set<String> words = new HashSet<>();
        String text = doc.evidence();
        for (Finding f : found) {
            if (f.type() != PhiType.NAME) continue;
            for (String w : text.substring(f.start(), f.end()).split("[\\s,.]+")) {
                if (NameShape.isNameWord(w) && w.length() >= 3 && !lex.commonWords.contains(w) && !lex.notNames.contains(w)) words.add(w.toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (words.isEmpty()) return;
        boolean[] named = new boolean[text.length()];
        for (Finding f : found) if (f.type() == PhiType.NAME) Arrays.fill(named, f.start(), f.end(), true);
        for (Sentence s : doc.sentences()) {
            String[] t = s.raw();
            for (int i = 0; i < t.length; i++) {
                if (NameShape.isNameWord(t[i]) && words.contains(t[i].toUpperCase(java.util.Locale.ROOT)) && !named[s.tokenStarts()[i]]) {
                    found.add(new Finding(s.tokenStarts()[i], s.tokenEnds()[i], PhiType.NAME, 0.7, "propagation"));
                }
            }
        }
    }
}
