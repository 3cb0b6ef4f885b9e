package veil.qa.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import veil.qa.manifest.Categorical;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.LabelSet;
import veil.qa.manifest.LabelValue;
import veil.qa.stats.Interval;
import veil.qa.stats.Proportions;

/**
 * Label error rates from review verdicts. Each reviewed item counts once: when several reviewers
 * judged it, the majority verdict wins and a tie counts as unsure. Unsure items are left out of
 * the rates. Per label: the share wrong among reviewed items with its Wilson 95% interval; per
 * stratum (value x split) the same, scaled by the stratum's size in the whole dataset to estimate
 * how many labels of the dataset are wrong.
 */
public final class ErrorRates {
    private ErrorRates() {}

    /**
     * @param dataset optional: stratum sizes are counted from it when the verdicts carry none
     */
    public static ReviewSummary compute(List<VerdictRow> rows, String source, Dataset dataset) {
        Map<String, List<VerdictRow>> byItem = new LinkedHashMap<>();
        Set<String> reviewers = new HashSet<>();
        for (VerdictRow r : rows) {
            byItem.computeIfAbsent(r.itemKey(), k -> new ArrayList<>()).add(r);
            if (!r.reviewer().isEmpty()) reviewers.add(r.reviewer());
        }
        Set<String> labellers = new HashSet<>();
        for (VerdictRow r : rows) labellers.add(r.labeller());
        boolean qualify = labellers.size() > 1;

        // label key -> stratum key -> [reviewed, wrong, unsure, population]
        Map<String, TreeMap<String, long[]>> acc = new TreeMap<>();
        Map<String, String[]> labelInfo = new HashMap<>();
        for (List<VerdictRow> item : byItem.values()) {
            VerdictRow first = item.get(0);
            int c = 0, w = 0;
            long size = 0;
            for (VerdictRow r : item) {
                if (r.verdict() == Verdict.CORRECT) c++;
                else if (r.verdict() == Verdict.WRONG) w++;
                size = Math.max(size, r.stratumSize());
            }
            Verdict v = c > w ? Verdict.CORRECT : w > c ? Verdict.WRONG : Verdict.UNSURE;
            String labelKey = qualify ? first.labeller() + ":" + first.label() : first.label();
            labelInfo.putIfAbsent(labelKey, new String[] {first.labeller(), first.label()});
            long[] s = acc.computeIfAbsent(labelKey, k -> new TreeMap<>())
                    .computeIfAbsent(first.value() + "\u0000" + first.split(), k -> new long[4]);
            if (v == Verdict.UNSURE) s[2]++;
            else { s[0]++; if (v == Verdict.WRONG) s[1]++; }
            s[3] = Math.max(s[3], size);
        }
        Map<String, ReviewSummary.LabelReview> out = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<String, long[]>> e : acc.entrySet()) {
            String[] info = labelInfo.get(e.getKey());
            long reviewed = 0, wrong = 0, unsure = 0, population = 0;
            double est = 0, estLo = 0, estHi = 0;
            List<ReviewSummary.StratumReview> strata = new ArrayList<>();
            for (Map.Entry<String, long[]> s : e.getValue().entrySet()) {
                String[] k = s.getKey().split("\u0000", -1);
                long[] a = s.getValue();
                long pop = a[3] > 0 ? a[3] : populationFromDataset(dataset, info[0], info[1], k[0], k[1]);
                reviewed += a[0];
                wrong += a[1];
                unsure += a[2];
                Interval ci = Proportions.wilson95(a[1], a[0]);
                double rate = a[0] == 0 ? Double.NaN : (double) a[1] / a[0];
                double sEst = a[0] == 0 || pop <= 0 ? Double.NaN : rate * pop;
                if (pop > 0 && a[0] > 0) {
                    population += pop;
                    est += sEst;
                    estLo += ci.low() * pop;
                    estHi += ci.high() * pop;
                }
                strata.add(new ReviewSummary.StratumReview(k[0], k[1], pop, a[0], a[1], a[2], rate, ci.low(), ci.high(), sEst));
            }
            Interval ci = Proportions.wilson95(wrong, reviewed);
            boolean known = population > 0;
            out.put(e.getKey(), new ReviewSummary.LabelReview(info[0], info[1], reviewed, wrong, unsure,
                    reviewed == 0 ? Double.NaN : (double) wrong / reviewed, ci.low(), ci.high(), population,
                    known ? est / population : Double.NaN, known ? est : Double.NaN, known ? estLo : Double.NaN,
                    known ? estHi : Double.NaN, strata));
        }
        return new ReviewSummary(source, rows.size(), reviewers.size(), out);
    }

    static long populationFromDataset(Dataset ds, String labeller, String label, String value, String split) {
        if (ds == null) return 0;
        LabelSet ls = labeller.isEmpty() ? (ds.labelSets().isEmpty() ? null : ds.labelSets().get(0)) : ds.labelSet(labeller);
        if (ls == null) return 0;
        int l = ls.indexOf(label);
        if (l < 0) return 0;
        byte v;
        try {
            v = LabelValue.fromName(value);
        } catch (IllegalArgumentException e) {
            return 0;
        }
        Categorical sp = ds.split();
        int code = split.equals("all") && sp.codeOf("all") < 0 ? -2 : sp.codeOf(split);
        if (code == Categorical.MISSING) return 0;
        byte[] col = ls.column(l);
        int[] codes = sp.codes();
        long n = 0;
        for (int r = 0; r < col.length; r++) if (col[r] == v && (code == -2 || codes[r] == code)) n++;
        return n;
    }
}
