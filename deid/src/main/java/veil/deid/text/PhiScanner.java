package veil.deid.text;

import java.util.ArrayList;
import java.util.List;
import veil.deid.text.detect.EponymFilter;
import veil.deid.text.detect.GazetteerDetector;
import veil.deid.text.detect.HyphenatedNames;
import veil.deid.text.detect.LexiconNameDetector;
import veil.deid.text.detect.ModelNameDetector;
import veil.deid.text.detect.NameContextDetector;
import veil.deid.text.detect.NameFormDetector;
import veil.deid.text.detect.NamePropagation;
import veil.deid.text.detect.PatternDetector;
import veil.deid.text.detect.Placeholders;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.nlp.AnalyzedText;
import veil.deid.text.nlp.Analyzer;
import veil.deid.text.nlp.Recaser;

/**
 * The report text scanner: OpenNLP sentences and tokens, then patterns, name context rules,
 * lexicon lookups and the trained name model; eponyms are vetoed, names found once are found
 * everywhere in the document, and the findings are merged. Thread-safe; one shared instance
 * per process ({@link #shared()}) because the models and word lists take a second to load.
 */
public final class PhiScanner implements TextScanner {
    private final PatternDetector patterns = PatternDetector.fromResource();
    private final NameContextDetector context;
    private final LexiconNameDetector lexicon;
    private final NameFormDetector forms;
    private final ModelNameDetector model;
    private final GazetteerDetector places;
    private final EponymFilter eponyms;
    private final NamePropagation propagation;
    private final Recaser recaser;

    private PhiScanner(Lexicons lex) {
        context = new NameContextDetector(lex);
        lexicon = new LexiconNameDetector(lex);
        forms = new NameFormDetector(lex);
        model = new ModelNameDetector(lex);
        places = new GazetteerDetector(lex);
        eponyms = new EponymFilter(lex);
        propagation = new NamePropagation(lex);
        recaser = new Recaser(lex);
    }

    private static final class Holder {
        static final PhiScanner INSTANCE = new PhiScanner(Lexicons.shared());
    }

    public static PhiScanner shared() {
        return Holder.INSTANCE;
    }

    @Override
    public List<Finding> scan(String text) {
        return analyse(text).findings();
    }

    public ScanResult analyse(String text) {
        if (text == null || text.isBlank()) return new ScanResult(List.of(), 0);
        List<int[]> placeholders = Placeholders.find(text);
        AnalyzedText doc = Analyzer.current().analyze(text, recaser.recase(text));
        List<Finding> found = new ArrayList<>();
        patterns.detect(doc, found);
        context.detect(doc, found);
        lexicon.detect(doc, found);
        forms.detect(doc, found);
        places.detect(doc, found);
        model.detect(doc, found);
        found = eponyms.apply(doc.recased(), found);
        HyphenatedNames.widen(text, found);
        propagation.extend(doc, found);
        return new ScanResult(FindingMerger.merge(found, placeholders), placeholders.size());
    }
}
