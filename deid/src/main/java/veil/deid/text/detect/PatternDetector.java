package veil.deid.text.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.nlp.AnalyzedText;

/**
 * Identifiers with a recognisable shape (dates, times, numbers in an identifier context, phones,
 * e-mail, URLs, IPs, addresses, facility names), in the manner of OpenNLP's RegexNameFinder but on
 * character offsets so that dates like "14-Mar-2019" need not survive tokenisation.
 */
public final class PatternDetector implements Detector {
    public static final String RESOURCE = "/veil/deid/text/patterns.tsv";

    private final List<PatternRule> rules;

    public PatternDetector(List<PatternRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PatternDetector fromResource() {
        InputStream in = PatternDetector.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        List<PatternRule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 6);
                if (cols.length < 5) throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected 5 or 6 columns");
                rules.add(PatternRule.of(PhiType.valueOf(cols[0]), Double.parseDouble(cols[1]), cols[2], cols[3], cols[4],
                        cols.length == 6 ? cols[5] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PatternDetector(rules);
    }

    @Override
    public void detect(AnalyzedText doc, List<Finding> out) {
        detect(doc.recased(), out);
    }

    public void detect(String text, List<Finding> out) {
        Starts starts = Starts.of(text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (PatternRule rule : rules) {
            if (!rule.canMatch(lower)) continue;
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int[] candidates = starts.forClasses(rule.starts());
            int done = 0;
            for (int pos : candidates) {
                if (pos < done) continue;
                m.region(pos, text.length());
                if (!m.lookingAt() || m.end() == pos) continue;
                done = m.end();
                int s = rule.narrowed() ? m.start("phi") : m.start();
                int e = rule.narrowed() ? m.end("phi") : m.end();
                if (s >= 0 && e > s) out.add(new Finding(s, e, rule.type(), rule.confidence(), "pattern:" + rule.name()));
            }
        }
    }

    /**
     * Positions where a match may begin. Trying each regex only there, instead of at every
     * character, makes the patterns several times faster on report-length texts.
     */
    record Starts(int[] digits, int[] words, int[] openers, int[] digitsAndWords, int[] digitsAndOpeners, int[] wordsAndOpeners, int[] capitals) {
        static Starts of(String text) {
            IntList d = new IntList(), w = new IntList(), p = new IntList(), dw = new IntList(), dp = new IntList(), wp = new IntList(), u = new IntList();
            char prev = ' ';
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isDigit(c) && !Character.isDigit(prev)) { d.add(i); dw.add(i); dp.add(i); }
                else if (Character.isLetter(c) && !Character.isLetter(prev)) {
                    w.add(i); dw.add(i); wp.add(i);
                    if (Character.isUpperCase(c)) u.add(i);
                }
                else if (c == '(' || c == '+') { p.add(i); dp.add(i); wp.add(i); }
                prev = c;
            }
            return new Starts(d.toArray(), w.toArray(), p.toArray(), dw.toArray(), dp.toArray(), wp.toArray(), u.toArray());
        }

        int[] forClasses(String classes) {
            if (classes.equals("u")) return capitals;
            boolean hasD = classes.indexOf('d') >= 0, hasW = classes.indexOf('w') >= 0, hasP = classes.indexOf('p') >= 0;
            if (hasD && hasW && hasP) return merge(digitsAndWords, openers);
            if (hasD && hasW) return digitsAndWords;
            if (hasD && hasP) return digitsAndOpeners;
            if (hasW && hasP) return wordsAndOpeners;
            return hasD ? digits : hasW ? words : openers;
        }

        private static int[] merge(int[] a, int[] b) {
            int[] out = IntStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
            Arrays.sort(out);
            return out;
        }
    }

    private static final class IntList {
        int[] a = new int[64];
        int n;

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int[] toArray() { return Arrays.copyOf(a, n); }
    }

    public List<PatternRule> rules() { return rules; }
}
