package veil.deid.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import veil.deid.text.detect.Detector;
import veil.deid.text.detect.EponymFilter;
import veil.deid.text.detect.GazetteerDetector;
import veil.deid.text.detect.HyphenatedNames;
import veil.deid.text.detect.InitialsFilter;
import veil.deid.text.detect.LexiconNameDetector;
import veil.deid.text.detect.ModelNameDetector;
import veil.deid.text.detect.NameContextDetector;
import veil.deid.text.detect.NameFormDetector;
import veil.deid.text.detect.NamePropagation;
import veil.deid.text.detect.PatternDetector;
import veil.deid.text.detect.Placeholders;
import veil.deid.text.detect.PlacesOverNames;
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
    /** The detectors, in the order they run (the model runs on what the others left unexplained). */
    public enum Stage { PATTERNS, CONTEXT, LEXICON, FORMS, GAZETTEER, MODEL, PROPAGATION }

    private final PatternDetector patterns = PatternDetector.fromResource();
    private final Map<Stage, Detector> detectors = new EnumMap<>(Stage.class);
    private final EponymFilter eponyms;
    private final NamePropagation propagation;
    private final InitialsFilter initials;
    private final Recaser recaser;
    private final Set<Stage> enabled;

    private PhiScanner(Lexicons lex, Set<Stage> enabled) {
        detectors.put(Stage.PATTERNS, patterns);
        detectors.put(Stage.CONTEXT, new NameContextDetector(lex));
        detectors.put(Stage.LEXICON, new LexiconNameDetector(lex));
        detectors.put(Stage.FORMS, new NameFormDetector(lex));
        detectors.put(Stage.GAZETTEER, new GazetteerDetector(lex));
        detectors.put(Stage.MODEL, new ModelNameDetector(lex));
        eponyms = new EponymFilter(lex);
        propagation = new NamePropagation(lex);
        initials = new InitialsFilter(lex);
        recaser = new Recaser(lex);
        this.enabled = EnumSet.copyOf(enabled);
    }

    private static final class Holder {
        static final PhiScanner INSTANCE = new PhiScanner(Lexicons.shared(), EnumSet.allOf(Stage.class));
    }

    public static PhiScanner shared() {
        return Holder.INSTANCE;
    }

    /** A scanner without some stages, to measure what each contributes (evaluation only). */
    public static PhiScanner without(Stage... off) {
        Set<Stage> on = EnumSet.allOf(Stage.class);
        on.removeAll(Arrays.asList(off));
        return new PhiScanner(Lexicons.shared(), on);
    }

    @Override
    public List<Finding> scan(String text) {
        return analyse(text).findings();
    }

    public ScanResult analyse(String text) {
        if (text == null || text.isBlank()) return new ScanResult(List.of(), 0);
        List<int[]> placeholders = Placeholders.find(text);
        AnalyzedText doc = Analyzer.current().analyze(text, recaser.recased(text));
        List<Finding> found = new ArrayList<>();
        for (Map.Entry<Stage, Detector> d : detectors.entrySet()) {
            if (enabled.contains(d.getKey())) d.getValue().detect(doc, found);
        }
        found = eponyms.apply(doc.recased(), found);
        found = PlacesOverNames.apply(found);
        found = initials.apply(text, found);
        HyphenatedNames.widen(text, found);
        if (enabled.contains(Stage.PROPAGATION)) propagation.extend(doc, found);
        return new ScanResult(FindingMerger.merge(found, placeholders), placeholders.size());
    }
}
