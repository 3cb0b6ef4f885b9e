package veil.testkit.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.TextScanner;

/**
 * Scores a scanner on synthetic reports. Recall: a gold span counts as found when findings (of any
 * category) cover at least half its characters. Token precision: of the word tokens a category's
 * findings touch, the share inside some gold span.
 */
public final class Evaluation {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    public static final double COVERED = 0.5;

    /** Counts for one category. */
    public static final class Tally {
        public int gold, found, predictedTokens, correctTokens;

        public double recall() { return gold == 0 ? Double.NaN : (double) found / gold; }

        public double precision() { return predictedTokens == 0 ? Double.NaN : (double) correctTokens / predictedTokens; }

        void add(Tally o) { gold += o.gold; found += o.found; predictedTokens += o.predictedTokens; correctTokens += o.correctTokens; }
    }

    /** A gold span the scanner missed, for looking at (synthetic data only). */
    public record Miss(String reportId, GoldSpan span, String text, String context) {}

    /** A token flagged outside every gold span. */
    public record FalseAlarm(String reportId, PhiType type, String detector, String token, String context) {}

    public record Result(Map<PhiType, Tally> byType, Tally overall, List<Miss> misses, List<FalseAlarm> falseAlarms, int reports) {}

    private Evaluation() {}

    public static Result run(TextScanner scanner, List<SyntheticReport> reports) {
        Map<PhiType, Tally> by = new EnumMap<>(PhiType.class);
        List<Miss> misses = new ArrayList<>();
        List<FalseAlarm> alarms = new ArrayList<>();
        for (SyntheticReport r : reports) {
            List<Finding> findings = scanner.scan(r.text());
            String text = r.text();
            boolean[] flagged = new boolean[text.length()];
            for (Finding f : findings) for (int i = f.start(); i < f.end() && i < flagged.length; i++) flagged[i] = true;
            boolean[] gold = new boolean[text.length()];
            for (GoldSpan g : r.gold()) {
                for (int i = g.start(); i < g.end(); i++) gold[i] = true;
                int covered = 0;
                for (int i = g.start(); i < g.end(); i++) if (flagged[i]) covered++;
                Tally t = by.computeIfAbsent(g.type(), k -> new Tally());
                t.gold++;
                if (covered >= COVERED * (g.end() - g.start())) t.found++;
                else misses.add(new Miss(r.id(), g, text.substring(g.start(), g.end()), context(text, g.start(), g.end())));
            }
            for (Finding f : findings) {
                Tally t = by.computeIfAbsent(f.type(), k -> new Tally());
                Matcher m = WORD.matcher(text).region(f.start(), f.end());
                while (m.find()) {
                    t.predictedTokens++;
                    if (anyTrue(gold, m.start(), m.end())) t.correctTokens++;
                    else alarms.add(new FalseAlarm(r.id(), f.type(), f.detector(), m.group(), context(text, m.start(), m.end())));
                }
            }
        }
        Tally all = new Tally();
        by.values().forEach(all::add);
        return new Result(by, all, misses, alarms, reports.size());
    }

    private static boolean anyTrue(boolean[] a, int s, int e) {
        for (int i = s; i < e; i++) if (a[i]) return true;
        return false;
    }

    private static String context(String text, int s, int e) {
        int a = Math.max(0, s - 40), b = Math.min(text.length(), e + 40);
        return (text.substring(a, s) + "[[" + text.substring(s, e) + "]]" + text.substring(e, b)).replace('\n', ' ');
    }

    /** Markdown table: category, gold spans, recall, flagged tokens, token precision. */
    public static String table(Result r) {
        StringBuilder b = new StringBuilder();
        b.append("| category | gold spans | recall | flagged tokens | token precision |\n");
        b.append("|---|---:|---:|---:|---:|\n");
        for (PhiType t : PhiType.values()) {
            Tally x = r.byType().get(t);
            if (x == null) continue;
            b.append(row(t.name(), x));
        }
        b.append(row("**all**", r.overall()));
        return b.toString();
    }

    private static String row(String name, Tally x) {
        return String.format("| %s | %d | %s | %d | %s |%n", name, x.gold, fmt(x.recall()), x.predictedTokens, fmt(x.precision()));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.3f", v);
    }
}
