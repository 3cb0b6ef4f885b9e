package veil.deid.text.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.NameSplit;
import veil.deid.text.lexicon.PersonNames;
import veil.deid.text.lexicon.ResourceLines;
import veil.deid.text.nlp.Analyzer;
import veil.deid.text.nlp.Recaser;
import veil.deid.text.nlp.Sentence;

/**
 * The synthetic training corpus for the name model: report-style sentences with names from the
 * TRAIN split of the name lists, plus name-free sentences with eponyms and devices, tokenised as
 * the scanner tokenises. Same seed, same corpus.
 */
public final class TrainingCorpus {
    static final String NAMES = "/veil/deid/text/train/name_sentences.txt";
    static final String NEGATIVES = "/veil/deid/text/train/negative_sentences.txt";
    public static final String TYPE = "person";

    private final List<String> templates = ResourceLines.read(NAMES);
    private final List<String> negatives = ResourceLines.read(NEGATIVES);
    private final Recaser recaser = new Recaser(Lexicons.shared());
    private final PersonNames people = new PersonNames(Lexicons.shared(), NameSplit.TRAIN);

    public List<NameSample> generate(long seed, int size) {
        Random r = new Random(seed);
        Analyzer analyzer = Analyzer.current();
        List<NameSample> out = new ArrayList<>(size);
        while (out.size() < size) {
            boolean negative = r.nextInt(10) < 3;
            String template = negative ? negatives.get(r.nextInt(negatives.size())) : templates.get(r.nextInt(templates.size()));
            StringBuilder text = new StringBuilder();
            List<int[]> names = new ArrayList<>();
            fill(template, r, text, names);
            // casing variants, re-cased as the scanner re-cases them before the model reads them
            int casing = r.nextInt(12);
            String s = casing == 0 ? recaser.recase(text.toString().toUpperCase(Locale.ROOT))
                    : casing == 1 ? recaser.recase(text.toString().toLowerCase(Locale.ROOT)) : text.toString();
            Sentence tokens = analyzer.tokenize(s, 0);
            Span[] spans = toTokenSpans(tokens, names);
            if (spans != null) out.add(new NameSample(tokens.tokens(), spans, true));
        }
        return out;
    }

    private void fill(String template, Random r, StringBuilder text, List<int[]> names) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) { text.append(template, i, template.length()); break; }
            int close = template.indexOf('}', open);
            text.append(template, i, open);
            String slot = template.substring(open + 1, close);
            String value = switch (slot) {
                case "FIRST" -> people.first(r);
                case "LAST" -> people.last(r);
                case "NAME" -> people.full(r);
                default -> throw new IllegalStateException("unknown slot {" + slot + "} in " + NAMES);
            };
            int start = text.length();
            text.append(value);
            // "Ann Lee" after "{FIRST} {LAST}" is one name, not two
            if (!names.isEmpty() && names.get(names.size() - 1)[1] == start - 1 && text.charAt(start - 1) == ' ') {
                names.get(names.size() - 1)[1] = text.length();
            } else {
                names.add(new int[] {start, text.length()});
            }
            i = close + 1;
        }
    }

    /** Null when a token straddles a name boundary: such a sample would teach the model nonsense. */
    private static Span[] toTokenSpans(Sentence s, List<int[]> names) {
        Span[] out = new Span[names.size()];
        for (int k = 0; k < names.size(); k++) {
            int[] n = names.get(k);
            int first = -1, last = -1;
            for (int t = 0; t < s.size(); t++) {
                int a = s.tokenStarts()[t], b = s.tokenEnds()[t];
                if (b <= n[0] || a >= n[1]) continue;
                if (a < n[0] || b > n[1]) return null;
                if (first < 0) first = t;
                last = t;
            }
            if (first < 0) return null;
            out[k] = new Span(first, last + 1, TYPE);
        }
        return out;
    }
}
