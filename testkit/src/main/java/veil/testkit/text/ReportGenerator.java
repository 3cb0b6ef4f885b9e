package veil.testkit.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import veil.deid.text.lexicon.Lexicons;
import veil.deid.text.lexicon.PersonNames;
import veil.deid.text.lexicon.ResourceLines;

/**
 * Synthetic chest X-ray reports (EXAMINATION, INDICATION, TECHNIQUE, COMPARISON, FINDINGS,
 * IMPRESSION, with header and sign-off lines) carrying identifiers of every category, with the gold
 * spans. Names come from the EVAL split of the name lists and the sentences from templates the name
 * model never saw. Same seed, same reports.
 */
public final class ReportGenerator {
    static final String TEMPLATES = "/veil/testkit/text/report_templates.tsv";
    private static final String[] BODY = {"EXAMINATION", "INDICATION", "TECHNIQUE", "COMPARISON", "FINDINGS", "IMPRESSION"};
    /** Earlier de-identification marks some reports already carry; never identifiers. */
    private static final String[] PLACEHOLDERS = {"___", "XXXX", "[** Known firstname **]"};

    private final Map<String, List<String>> sentences = new LinkedHashMap<>();
    private final PhiFaker faker;
    private final Random random;
    private int counter;

    public ReportGenerator(long seed) {
        this(seed, new PhiFaker(Lexicons.shared()));
    }

    /** Reports whose people all have made-up names in none of the lists (see {@link PersonNames#invented}). */
    public static ReportGenerator withInventedNames(long seed) {
        return new ReportGenerator(seed, new PhiFaker(Lexicons.shared(), PersonNames.invented(Lexicons.shared(), seed)));
    }

    private ReportGenerator(long seed, PhiFaker faker) {
        this.random = new Random(seed);
        this.faker = faker;
        for (String line : ResourceLines.read(TEMPLATES)) {
            String[] cols = line.split("\t", 2);
            sentences.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1]);
        }
    }

    public List<SyntheticReport> generate(int n) {
        List<SyntheticReport> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(next());
        return out;
    }

    public SyntheticReport next() {
        counter++;
        Builder b = new Builder();
        for (int i = 0, h = random.nextInt(3); i < h; i++) b.line(pick("HEADER"));
        if (b.length() > 0) b.newline();
        for (String section : BODY) {
            int count = switch (section) {
                case "FINDINGS" -> 4 + random.nextInt(3);
                case "IMPRESSION", "INDICATION" -> 1 + random.nextInt(2);
                default -> 1;
            };
            b.text(section + ": ");
            List<String> pool = new ArrayList<>(sentences.get(section));
            Collections.shuffle(pool, random);
            for (int i = 0; i < count && i < pool.size(); i++) {
                if (i > 0) b.text(" ");
                b.sentence(pool.get(i));
            }
            b.newline();
        }
        for (int i = 0, f = 1 + random.nextInt(2); i < f; i++) b.line(pick("FOOTER"));
        String text = b.text.toString();
        List<GoldSpan> gold = b.gold;
        if (random.nextInt(20) == 0) text = text.toUpperCase(Locale.ROOT);
        return new SyntheticReport(String.format("report-%05d", counter), String.format("patient-%04d", random.nextInt(5000)), text, gold);
    }

    private String pick(String section) {
        List<String> pool = sentences.get(section);
        if (pool == null) throw new IllegalStateException("no templates for section " + section + " in " + TEMPLATES);
        return pool.get(random.nextInt(pool.size()));
    }

    private final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<GoldSpan> gold = new ArrayList<>();

        int length() { return text.length(); }

        void text(String s) { text.append(s); }

        void newline() { text.append('\n'); }

        void line(String template) {
            sentence(template);
            newline();
        }

        void sentence(String template) {
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) { text.append(template, i, template.length()); return; }
                int close = template.indexOf('}', open);
                text.append(template, i, open);
                PhiFaker.Fake fake = faker.fake(template.substring(open + 1, close), random);
                if (fake.type() != null && random.nextInt(40) == 0) {
                    text.append(PLACEHOLDERS[random.nextInt(PLACEHOLDERS.length)]);
                } else {
                    int start = text.length();
                    text.append(fake.text());
                    if (fake.type() != null) gold.add(new GoldSpan(start, text.length(), fake.type()));
                }
                i = close + 1;
            }
        }
    }
}
