package veil.deid.text.nlp;

import java.util.ArrayList;
import java.util.List;
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
        List<Sentence> out = new ArrayList<>();
        for (Span block : Blocks.split(text)) {
            String part = text.substring(block.getStart(), block.getEnd());
            for (Span s : sentences.sentPosDetect(part)) {
                int base = block.getStart() + s.getStart();
                out.add(tokenize(text.substring(base, block.getStart() + s.getEnd()), base));
            }
        }
        return new AnalyzedText(text, out);
    }

    public Sentence tokenize(String sentence, int base) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] tokens = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
            starts[i] = base + spans[i].getStart();
            ends[i] = base + spans[i].getEnd();
        }
        return new Sentence(base, base + sentence.length(), tokens, starts, ends);
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
