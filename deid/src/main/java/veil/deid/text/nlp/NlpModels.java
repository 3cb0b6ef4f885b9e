package veil.deid.text.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import java.util.HashMap;

/**
 * The OpenNLP models, read once per process straight from the classpath (the model-provider classes
 * fail inside a shaded jar). Models are immutable and shared; the ME classes using them are not.
 */
public final class NlpModels {
    public static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Written by {@code NameModelTrainer} at build time (process-classes). */
    public static final String NAMES = "/veil/deid/text/model/en-report-names.bin";

    private NlpModels() {}

    private static final class Sentences { static final SentenceModel M = load(SENTENCE, SentenceModel::new); }
    private static final class Tokens { static final TokenizerModel M = alphaNumericShortcut(load(TOKENS, TokenizerModel::new)); }
    private static final class Pos { static final POSModel M = load(POS, POSModel::new); }
    private static final class Names { static final TokenNameFinderModel M = loadNames(); }

    public static SentenceModel sentences() { return Sentences.M; }
    public static TokenizerModel tokens() { return Tokens.M; }
    public static POSModel pos() { return Pos.M; }
    public static TokenNameFinderModel names() { return Names.M; }

    private interface Reader<T> { T read(InputStream in) throws IOException; }

    private static <T> T load(String path, Reader<T> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + path + " is not on the classpath");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + path, e);
        }
    }

    /**
     * The same tokenizer, told to take runs of letters and digits as tokens without asking the
     * model: several times faster, and such runs are never split anyway.
     */
    private static TokenizerModel alphaNumericShortcut(TokenizerModel m) {
        TokenizerFactory f = new TokenizerFactory("en", m.getAbbreviations(), true, null);
        return new TokenizerModel(m.getMaxentModel(), new HashMap<>(), f);
    }

    /** The trained name model; when a build did not produce it (IDE run), train it now: it is reproducible. */
    private static TokenNameFinderModel loadNames() {
        if (NlpModels.class.getResource(NAMES) != null) return load(NAMES, TokenNameFinderModel::new);
        return veil.deid.text.train.NameModelTrainer.train();
    }
}
