package veil.deid.text.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.nlp.AnalyzedText;
import veil.deid.text.nlp.Analyzer;
import veil.deid.text.nlp.Sentence;

/**
 * Names by the OpenNLP NameFinderME model trained on the synthetic report corpus. Only sentences
 * with a capitalised word that is not an ordinary or radiology word, and that the other detectors
 * have not explained, are run through the model: most report sentences have none, which keeps the
 * scanner fast. So the model runs after the patterns, context rules and lexicon.
 */
public final class ModelNameDetector implements Detector {
    static final double MIN_PROBABILITY = 0.5;

    private final Lexicons lex;

    /** Credentials ("PA-C", "DNP") stand beside names; the model sometimes takes them in. */
    private final NameCues cues = NameCues.load();

    public ModelNameDetector(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public void detect(AnalyzedText doc, List<Finding> out) {
        boolean[] covered = new boolean[doc.text().length()];
        for (Finding f : out) Arrays.fill(covered, f.start(), f.end(), true);
        for (Sentence whole : doc.sentences()) {
            for (Sentence s : windows(whole)) {
                if (worthModelling(s, covered)) detect(s, out);
            }
        }
    }

    private void detect(Sentence s, List<Finding> out) {
        Analyzer analyzer = Analyzer.current();
        Span[] spans = analyzer.findNames(s);
        if (spans.length == 0) return;
        double[] probs = analyzer.lastNameProbabilities(spans);
        for (int k = 0; k < spans.length; k++) {
            Span sp = trim(s, spans[k]);
            if (sp == null || probs[k] < MIN_PROBABILITY || !hasProperToken(s, sp)) continue;
            out.add(new Finding(s.tokenStarts()[sp.getStart()], s.tokenEnds()[sp.getEnd() - 1], PhiType.NAME, probs[k], "model"));
        }
    }

    static final int WINDOW = 100;
    static final int OVERLAP = 10;

    /**
     * NameFinderME takes time quadratic in the sentence length; a "sentence" of thousands of tokens
     * (a list, a table without full stops) is read in overlapping windows instead.
     */
    static List<Sentence> windows(Sentence s) {
        if (s.size() <= WINDOW) return List.of(s);
        List<Sentence> out = new ArrayList<>();
        for (int a = 0; a < s.size(); a += WINDOW - OVERLAP) {
            int b = Math.min(s.size(), a + WINDOW);
            out.add(new Sentence(s.tokenStarts()[a], s.tokenEnds()[b - 1], Arrays.copyOfRange(s.tokens(), a, b),
                    Arrays.copyOfRange(s.raw(), a, b), Arrays.copyOfRange(s.tokenStarts(), a, b),
                    Arrays.copyOfRange(s.tokenEnds(), a, b)));
            if (b == s.size()) break;
        }
        return out;
    }

    /** A capitalised word that is no ordinary word and that no other detector has explained. */
    boolean worthModelling(Sentence s, boolean[] covered) {
        String[] t = s.tokens();
        for (int i = 0; i < t.length; i++) {
            if (NameShape.isNameWord(t[i]) && !covered[s.tokenStarts()[i]] && !lex.isOrdinaryWord(t[i]) && !cues.isCredential(t[i])) return true;
        }
        return false;
    }

    /** Without ordinary words and punctuation at its edges ("Street, Springfield" becomes "Springfield"). */
    private Span trim(Sentence s, Span sp) {
        int a = sp.getStart(), b = sp.getEnd();
        while (a < b && isEdgeNoise(s.raw()[a], s.tokens()[a])) a++;
        while (b > a && isEdgeNoise(s.raw()[b - 1], s.tokens()[b - 1])) b--;
        return a < b ? new Span(a, b, sp.getType()) : null;
    }

    /** Punctuation, ordinary words, state codes ("Rapid City, TX") and credentials ("Canul, PA-C"), judged on the re-cased token too. */
    private boolean isEdgeNoise(String tok, String recased) {
        if (recased.length() == 2 && NameShape.isAllCaps(recased) || lex.usStates.contains(tok) || cues.isCredential(tok)) return true;
        if (!NameShape.isNameWord(tok)) return !NameShape.isInitial(tok);
        return lex.isOrdinaryWord(tok) && !lex.firstNames.contains(tok);
    }

    private boolean hasProperToken(Sentence s, Span sp) {
        for (int i = sp.getStart(); i < sp.getEnd(); i++) {
            String tok = s.tokens()[i];
            if (NameShape.isNameWord(tok) && !lex.notNames.contains(tok)) return true;
        }
        return false;
    }
}
