package veil.bench.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import veil.deid.text.Finding;
import veil.deid.text.PhiType;
import veil.deid.text.TextScanner;
import veil.deid.text.nlp.Recaser;
import veil.testkit.text.Evaluation;
import veil.testkit.text.SyntheticReport;
import veil.testkit.text.independent.Casing;
import veil.testkit.text.independent.IndependentNote;

/**
 * The tables of issue 9's goals for one data set: recall per category and per casing, token precision
 * overall and on ALL-CAPS telegraphic notes, and false flags per 100 clean notes.
 */
final class CasingTables {
    private static final List<PhiType> KEY = List.of(PhiType.NAME, PhiType.DATE, PhiType.ID);

    private CasingTables() {}

    /** Casing of a tuning-set report, judged from its text (the tuning generator does not record it). */
    static Casing judged(String text) {
        return switch (Recaser.casingOf(text)) {
            case UPPER -> Casing.UPPER;
            case LOWER -> Casing.LOWER;
            case MIXED -> Casing.MIXED;
        };
    }

    /** The reports as written plus a copy of each in capitals and one in lower case (same offsets for ASCII text). */
    static List<SyntheticReport> withCasingVariants(List<SyntheticReport> reports) {
        List<SyntheticReport> out = new ArrayList<>(reports);
        for (SyntheticReport r : reports) {
            String up = r.text().toUpperCase(java.util.Locale.ROOT), low = r.text().toLowerCase(java.util.Locale.ROOT);
            if (up.length() == r.text().length()) out.add(new SyntheticReport(r.id() + "-upper", r.patientId(), up, r.gold()));
            if (low.length() == r.text().length()) out.add(new SyntheticReport(r.id() + "-lower", r.patientId(), low, r.gold()));
        }
        return out;
    }

    /** Recall of NAME, DATE, ID and all categories for each casing, and token precision. */
    static String byCasing(TextScanner scanner, List<SyntheticReport> reports, Function<SyntheticReport, Casing> casing) {
        Map<Casing, List<SyntheticReport>> by = new EnumMap<>(Casing.class);
        for (SyntheticReport r : reports) by.computeIfAbsent(casing.apply(r), k -> new ArrayList<>()).add(r);
        StringBuilder b = new StringBuilder("| casing | reports | NAME recall | DATE recall | ID recall | all recall | token precision |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Casing, List<SyntheticReport>> e : by.entrySet()) {
            Evaluation.Result r = Evaluation.run(scanner, e.getValue());
            b.append(String.format("| %s | %d |", e.getKey(), e.getValue().size()));
            for (PhiType t : KEY) b.append(' ').append(fmt(r.byType().get(t), true)).append(" |");
            b.append(' ').append(fmt(r.overall(), true)).append(" | ").append(fmt(r.overall(), false)).append(" |\n");
        }
        return b.toString();
    }

    static String precisionOnCapitalTelegraphic(TextScanner scanner, List<IndependentNote> notes) {
        List<SyntheticReport> caps = notes.stream().filter(IndependentNote::isCapitalTelegraphic).map(IndependentNote::report).toList();
        Evaluation.Result r = Evaluation.run(scanner, caps);
        return String.format("Token precision on ALL-CAPS telegraphic ICU notes: %s (%d notes, %d flagged tokens, %d outside gold)%n",
                fmt(r.overall(), false), caps.size(), r.overall().predictedTokens, r.overall().predictedTokens - r.overall().correctTokens);
    }

    /** Findings in notes that hold no identifier at all, per 100 notes, by casing. */
    static String falseFlags(TextScanner scanner, List<IndependentNote> clean, boolean show) {
        Map<Casing, int[]> by = new EnumMap<>(Casing.class);
        StringBuilder examples = new StringBuilder();
        for (IndependentNote n : clean) {
            String text = n.report().text();
            List<Finding> f = scanner.scan(text);
            int[] c = by.computeIfAbsent(n.casing(), k -> new int[2]);
            c[0]++;
            c[1] += f.size();
            if (show) for (Finding x : f) examples.append("  ").append(x.type()).append(' ').append(text, x.start(), x.end()).append(" (").append(x.detector()).append(")\n");
        }
        StringBuilder b = new StringBuilder("| casing | clean notes | false flags | per 100 notes |\n|---|---:|---:|---:|\n");
        int notes = 0, flags = 0;
        for (Map.Entry<Casing, int[]> e : by.entrySet()) {
            b.append(String.format("| %s | %d | %d | %.1f |%n", e.getKey(), e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[1] / e.getValue()[0]));
            notes += e.getValue()[0];
            flags += e.getValue()[1];
        }
        b.append(String.format("| **all** | %d | %d | %.1f |%n", notes, flags, 100.0 * flags / Math.max(1, notes)));
        return b + examples.toString();
    }

    private static String fmt(Evaluation.Tally t, boolean recall) {
        if (t == null) return "-";
        double v = recall ? t.recall() : t.precision();
        return Double.isNaN(v) ? "-" : String.format("%.3f", v);
    }
}
