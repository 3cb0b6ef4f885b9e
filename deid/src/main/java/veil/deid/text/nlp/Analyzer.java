package veil.deid.text.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentence splitting, tokenisation, tagging and name finding with the shared models. OpenNLP's ME
 * classes keep per-call state, so each thread gets its own set through {@link #current()}.
 */
public final class Analyzer {
    private static final ThreadLocal<Analyzer> PER_THREAD = ThreadLocal.withInitial(Analyzer::new);

    private final SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
    private POSTaggerME tagger;
    private NameFinderME names;

    private Analyzer() {}

    public static Analyzer current() {
        return PER_THREAD.get();
    }

    public AnalyzedText analyze(String text) {
        return analyze(text, new Recaser.Recased(text, text));
    }

    /** @param casing the text re-cased for the models and as evidence for the rules, same length */
    public AnalyzedText analyze(String text, Recaser.Recased casing) {
        String recased = casing.text(), evidence = casing.evidence();
        List<Sentence> out = new ArrayList<>();
        for (Span block : Blocks.split(recased)) {
            String part = recased.substring(block.getStart(), block.getEnd());
            Span[] spans = joinAfterInitials(part, sentences.sentPosDetect(part));
            for (Span s : spans) {
                int base = block.getStart() + s.getStart();
                out.add(tokenize(recased.substring(base, block.getStart() + s.getEnd()), base, evidence));
            }
        }
        return new AnalyzedText(text, recased, evidence, out);
    }

    /** The sentence model ends sentences after initials ("T. Weaving"); a lone capital and a full stop end none. */
    private static Span[] joinAfterInitials(String part, Span[] spans) {
        if (spans.length < 2) return spans;
        List<Span> out = new ArrayList<>();
        Span cur = spans[0];
        for (int i = 1; i < spans.length; i++) {
            int e = cur.getEnd();
            boolean initial = e >= 2 && part.charAt(e - 1) == '.' && Character.isUpperCase(part.charAt(e - 2))
                    && (e == 2 || !Character.isLetter(part.charAt(e - 3)));
            if (initial || endsWithTitle(part, cur)) cur = new Span(cur.getStart(), spans[i].getEnd());
            else { out.add(cur); cur = spans[i]; }
        }
        out.add(cur);
        return out.toArray(new Span[0]);
    }

    private static final Set<String> TITLES = Set.of("dr.", "mr.", "mrs.", "ms.", "prof.", "st.");

    private static boolean endsWithTitle(String part, Span s) {
        int e = s.getEnd(), b = e;
        while (b > s.getStart() && !Character.isWhitespace(part.charAt(b - 1))) b--;
        return TITLES.contains(part.substring(b, e).toLowerCase(Locale.ROOT));
    }

    public Sentence tokenize(String sentence, int base) {
        return tokenize(sentence, base, null);
    }

    private Sentence tokenize(String sentence, int base, String original) {
        Span[] spans = splitFinalStop(sentence, tokenizePos(maskLongRuns(sentence)));
        String[] tokens = new String[spans.length];
        String[] raw = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
            starts[i] = base + spans[i].getStart();
            ends[i] = base + spans[i].getEnd();
            raw[i] = original == null ? tokens[i] : original.substring(starts[i], ends[i]);
        }
        return new Sentence(base, base + sentence.length(), tokens, raw, starts, ends);
    }

    /** Bound of the per-thread cache of chunk tokenisations; cleared when full (words repeat, so it refills fast). */
    private static final int CHUNK_CACHE = 50_000;
    private final java.util.HashMap<String, int[]> chunks = new java.util.HashMap<>();

    /**
     * The same spans as {@code tokenizer.tokenizePos(text)}, cheaper: TokenizerME splits the text at
     * white space and decides each chunk's splits from that chunk's characters alone, so a chunk's
     * splits are computed once per thread and reused ("clear.", "effusion,", "mcg/kg/min" recur in
     * every report). Profiling showed the tokenizer model as the largest single cost per report.
     */
    Span[] tokenizePos(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length(), i = 0;
        while (i < n) {
            while (i < n && opennlp.tools.util.StringUtil.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !opennlp.tools.util.StringUtil.isWhitespace(text.charAt(i))) i++;
            if (i == start) break;
            if (i - start < 2 || alphanumeric(text, start, i)) { out.add(new Span(start, i)); continue; }
            String chunk = text.substring(start, i);
            int[] cuts = chunks.get(chunk);
            if (cuts == null) {
                Span[] sp = tokenizer.tokenizePos(chunk);
                cuts = new int[sp.length * 2];
                for (int k = 0; k < sp.length; k++) { cuts[2 * k] = sp[k].getStart(); cuts[2 * k + 1] = sp[k].getEnd(); }
                if (chunks.size() >= CHUNK_CACHE) chunks.clear();
                chunks.put(chunk, cuts);
            }
            for (int k = 0; k < cuts.length; k += 2) out.add(new Span(start + cuts[k], start + cuts[k + 1]));
        }
        return out.toArray(new Span[0]);
    }

    /** What the tokenizer's alphanumeric shortcut takes as one token without asking the model. */
    private static boolean alphanumeric(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    static final int LONG_RUN = 64;

    /**
     * The tokenizer model costs time quadratic in the length of a run without spaces; a run that long
     * is no word (a URL, a base64 blob), so it is handed over as letters, which the model takes
     * as one token, and read back from the original by offset.
     */
    static String maskLongRuns(String sentence) {
        StringBuilder out = null;
        int start = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            boolean space = i == sentence.length() || Character.isWhitespace(sentence.charAt(i));
            if (!space && start < 0) start = i;
            if (space && start >= 0) {
                if (i - start > LONG_RUN) {
                    if (out == null) out = new StringBuilder(sentence);
                    for (int k = start; k < i; k++) out.setCharAt(k, 'x');
                }
                start = -1;
            }
        }
        return out == null ? sentence : out.toString();
    }

    /** The model sometimes leaves a sentence's full stop on its last word ("Shurr."); split it off. */
    private static Span[] splitFinalStop(String sentence, Span[] spans) {
        if (spans.length == 0) return spans;
        Span last = spans[spans.length - 1];
        String tok = sentence.substring(last.getStart(), last.getEnd());
        if (tok.length() < 4 || !tok.endsWith(".") || TITLES.contains(tok.toLowerCase(Locale.ROOT))) return spans;
        for (int i = 0; i < tok.length() - 1; i++) if (!Character.isLetter(tok.charAt(i))) return spans;
        Span[] out = Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    /** Universal Dependencies tags (PROPN for proper nouns). */
    public String[] tag(Sentence s) {
        if (tagger == null) tagger = new POSTaggerME(NlpModels.pos());
        return tagger.tag(s.tokens());
    }

    /** Token spans of person names by the trained model, with their probabilities. */
    public Span[] findNames(Sentence s) {
        if (names == null) names = new NameFinderME(NlpModels.names());
        Span[] found = names.find(s.tokens());
        names.clearAdaptiveData();
        return found;
    }

    public double[] lastNameProbabilities(Span[] spans) {
        return names.probs(spans);
    }
}
