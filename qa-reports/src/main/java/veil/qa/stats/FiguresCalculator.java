package veil.qa.stats;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import veil.qa.manifest.Categorical;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.LabelSet;
import veil.qa.manifest.LabelValue;
import veil.qa.manifest.ManifestException;
import veil.qa.review.ReviewSummary;
import veil.qa.stats.Figures.*;

/**
 * Computes {@link Figures} from a {@link Dataset} in a fixed number of linear passes over the
 * columns (plus sorts of per-patient counts): no per-row objects, no quadratic steps.
 */
public final class FiguresCalculator {
    public static final String VERSION = "0.1.0";
    static final String[] AGE_BINS = {"0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+ (over 89)"};
    static final int MAX_LEVELS = 20;

    private final Dataset ds;
    private final QaOptions opt;
    private final int n;
    private final int[] pat;
    private final int patients;
    private final int[] imagesPerPatient;

    private FiguresCalculator(Dataset ds, QaOptions opt) {
        this.ds = ds;
        this.opt = opt == null ? QaOptions.defaults() : opt;
        this.n = ds.size();
        this.pat = ds.patient().codes();
        this.patients = ds.patient().levelCount();
        this.imagesPerPatient = new int[patients];
        for (int p : pat) imagesPerPatient[p]++;
    }

    public static Figures compute(Dataset ds, QaOptions opt) {
        return new FiguresCalculator(ds, opt).compute();
    }

    /** Figures plus a review summary (its warnings added). */
    public static Figures compute(Dataset ds, QaOptions opt, ReviewSummary review) {
        Figures f = compute(ds, opt);
        return review == null ? f : Warnings.withReview(f, review);
    }

    private Figures compute() {
        for (String c : opt.strataColumns())
            if (ds.column(c) == null)
                throw new ManifestException("no column '" + c + "' to show label prevalence by; available: "
                        + String.join(", ", ds.columns().keySet()));
        String testSplit = pickTestSplit();
        LabelSet primary = ds.labelSets().isEmpty() ? null : ds.labelSets().get(0);
        List<String> strataCols = new ArrayList<>();
        if (ds.column(Dataset.VIEW) != null) strataCols.add(Dataset.VIEW);
        for (String c : opt.strataColumns()) if (!strataCols.contains(c)) strataCols.add(c);

        Meta meta = new Meta("veil", VERSION, ds.format(), ds.sources(),
                opt.generatedAt() != null ? opt.generatedAt() : Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                ds.split().levels(), testSplit, ds.labelSets().stream().map(LabelSet::labeller).toList(),
                primary == null ? null : primary.labeller(), primary == null ? List.of() : primary.labels(),
                strataCols, List.copyOf(ds.columns().keySet()), ds.notes());
        Counts counts = new Counts(n, ds.study().levelCount(), patients);
        Map<String, Counts> splits = splitCounts();
        PerPatient perPatient = perPatient();
        int[] sortedCounts = imagesPerPatient.clone();
        Arrays.sort(sortedCounts);
        Concentration concentration = concentration(sortedCounts);
        Repeat repeat = repeat();
        Map<String, EffectiveN> eff = effectiveN(primary);
        Leakage leakage = leakage();
        Map<String, Cohort> cohort = cohort();
        Map<String, Map<String, Map<String, ValueCounts>>> labels = labels();
        CoOccurrence co = coOccurrence(primary);
        List<LabellerAgreement> agreement = agreement();
        Map<String, Map<String, Map<String, StratumPrevalence>>> strata = strata(primary, strataCols);
        TestAdequacy test = testAdequacy(primary, testSplit);
        ImageQuality iq = imageQuality();
        Figures f = new Figures(meta, List.of(), counts, splits, perPatient, concentration, repeat, eff, leakage, cohort,
                labels, co, agreement, strata, test, iq, null, null, null);
        return new Figures(meta, Warnings.of(f, ds), counts, splits, perPatient, concentration, repeat, eff, leakage, cohort,
                labels, co, agreement, strata, test, iq, null, null, null);
    }

    private String pickTestSplit() {
        List<String> levels = ds.split().levels();
        if (opt.testSplit() != null) {
            if (!levels.contains(opt.testSplit()))
                throw new ManifestException("no split named '" + opt.testSplit() + "'; splits are: " + String.join(", ", levels));
            return opt.testSplit();
        }
        for (String want : List.of("test", "valid", "validate", "validation", "val"))
            for (String l : levels) if (l.equalsIgnoreCase(want)) return l;
        return null;
    }

    // ---- counts ---------------------------------------------------------------------------

    private Map<String, Counts> splitCounts() {
        Categorical split = ds.split();
        int s = split.levelCount();
        long[] images = new long[s];
        long[] pats = new long[s], studies = new long[s];
        int[] sp = split.codes(), st = ds.study().codes();
        // distinct patients / studies per split: "last split seen" marks, one pass per split
        int[] markP = new int[patients], markS = new int[ds.study().levelCount()];
        for (int k = 0; k < s; k++) {
            int tag = k + 1;
            for (int r = 0; r < n; r++) {
                if (sp[r] != k) continue;
                images[k]++;
                if (markP[pat[r]] != tag) { markP[pat[r]] = tag; pats[k]++; }
                if (markS[st[r]] != tag) { markS[st[r]] = tag; studies[k]++; }
            }
        }
        Map<String, Counts> out = new LinkedHashMap<>();
        for (int k = 0; k < s; k++) out.put(split.level(k), new Counts(images[k], studies[k], pats[k]));
        return out;
    }

    private PerPatient perPatient() {
        int[] st = ds.study().codes();
        int studies = ds.study().levelCount();
        int[] studyPatient = new int[studies];
        int[] imagesPerStudy = new int[studies];
        Arrays.fill(studyPatient, -1);
        for (int r = 0; r < n; r++) {
            imagesPerStudy[st[r]]++;
            if (studyPatient[st[r]] < 0) studyPatient[st[r]] = pat[r];
        }
        int[] studiesPerPatient = new int[patients];
        for (int sp : studyPatient) if (sp >= 0) studiesPerPatient[sp]++;
        return new PerPatient(distribution(imagesPerPatient), distribution(studiesPerPatient), distribution(imagesPerStudy));
    }

    static final int[] HIST_EDGES = {1, 2, 3, 4, 5, 6, 11, 21, 51, 101};

    /** Mean, median (counting sort), max and a histogram of small positive counts. */
    static Distribution distribution(int[] v) {
        if (v.length == 0) return new Distribution(0, 0, 0, 0, List.of());
        long sum = 0;
        int max = 0;
        for (int x : v) { sum += x; if (x > max) max = x; }
        long[] freq = new long[max + 1];
        for (int x : v) freq[x]++;
        double median = quantileFromFreq(freq, v.length, 0.5);
        List<Bin> hist = new ArrayList<>();
        for (int i = 0; i < HIST_EDGES.length; i++) {
            int lo = HIST_EDGES[i], hi = i + 1 < HIST_EDGES.length ? HIST_EDGES[i + 1] - 1 : Integer.MAX_VALUE;
            long c = 0;
            for (int x = lo; x <= Math.min(hi, max); x++) c += freq[x];
            String label = lo == hi ? Integer.toString(lo) : hi == Integer.MAX_VALUE ? lo + "+" : lo + "-" + hi;
            hist.add(new Bin(label, c));
        }
        return new Distribution(v.length, (double) sum / v.length, median, max, hist);
    }

    /** Median-style quantile of integers given their frequencies (average of the two middle values for even counts). */
    static double quantileFromFreq(long[] freq, long count, double q) {
        if (count == 0) return Double.NaN;
        double pos = q * (count - 1);
        long lo = (long) Math.floor(pos), hi = (long) Math.ceil(pos);
        int vlo = valueAtRank(freq, lo), vhi = valueAtRank(freq, hi);
        return vlo + (vhi - vlo) * (pos - lo);
    }

    static int valueAtRank(long[] freq, long rank) {
        long seen = 0;
        for (int x = 0; x < freq.length; x++) {
            seen += freq[x];
            if (seen > rank) return x;
        }
        return freq.length - 1;
    }

    private Concentration concentration(int[] asc) {
        int k = asc.length;
        if (k == 0 || n == 0) return new Concentration(0, 0, 0, 0, List.of());
        long[] cum = new long[k + 1];
        for (int i = 0; i < k; i++) cum[i + 1] = cum[i] + asc[i];
        double total = cum[k];
        double top1 = topShare(cum, k, 0.01), top5 = topShare(cum, k, 0.05), top10 = topShare(cum, k, 0.10);
        double weighted = 0;
        for (int i = 0; i < k; i++) weighted += (double) (i + 1) * asc[i];
        double gini = k == 1 ? 0 : (2 * weighted) / (k * total) - (k + 1.0) / k;
        List<double[]> lorenz = new ArrayList<>();
        int points = Math.min(100, k);
        for (int j = 0; j <= points; j++) {
            int idx = (int) Math.round((double) j * k / points);
            lorenz.add(new double[] {round6((double) idx / k), round6(cum[idx] / total)});
        }
        return new Concentration(top1, top5, top10, Math.max(0, gini), lorenz);
    }

    /** Share of images held by the top {@code q} share of patients (at least one patient). */
    static double topShare(long[] cum, int k, double q) {
        int top = Math.max(1, (int) Math.ceil(q * k));
        return (double) (cum[k] - cum[k - top]) / cum[k];
    }

    private Repeat repeat() {
        long p = 0, imgs = 0;
        for (int c : imagesPerPatient) if (c > 10) { p++; imgs += c; }
        return new Repeat(p, patients == 0 ? 0 : (double) p / patients, imgs, n == 0 ? 0 : (double) imgs / n);
    }

    // ---- effective sample size ------------------------------------------------------------

    private Map<String, EffectiveN> effectiveN(LabelSet ls) {
        Map<String, EffectiveN> out = new LinkedHashMap<>();
        if (ls == null) return out;
        int[] pos = new int[patients];
        for (int l = 0; l < ls.labelCount(); l++) {
            Arrays.fill(pos, 0);
            byte[] col = ls.column(l);
            for (int r = 0; r < n; r++) if (col[r] == LabelValue.POSITIVE) pos[pat[r]]++;
            DesignEffect.Result d = DesignEffect.compute(imagesPerPatient, pos);
            out.put(ls.labels().get(l), new EffectiveN(d.images(), d.clusters(), d.positives(), d.icc(), d.meanClusterSize(),
                    d.weightedClusterSize(), d.designEffect(), d.effectiveN(), d.positives() / d.designEffect()));
        }
        return out;
    }

    // ---- leakage ----------------------------------------------------------------------------

    /** Key of a split in maps that also hold the total under "all". */
    static String splitKey(String level) { return level.equals("all") ? "all (split)" : level; }

    static boolean isRealSplit(String s) { return !s.equals("all") && !s.equals("unlisted"); }

    private Leakage leakage() {
        Categorical split = ds.split();
        List<String> compared = new ArrayList<>();
        int[] bit = new int[split.levelCount()];
        for (int k = 0; k < split.levelCount(); k++) {
            if (isRealSplit(split.level(k)) && compared.size() < 63) {
                bit[k] = compared.size();
                compared.add(split.level(k));
            } else bit[k] = -1;
        }
        long[] mask = new long[patients];
        int[] sp = split.codes();
        for (int r = 0; r < n; r++) {
            int b = sp[r] < 0 ? -1 : bit[sp[r]];
            if (b >= 0) mask[pat[r]] |= 1L << b;
        }
        long leaked = 0, leakedImages = 0;
        Map<String, Long> byPair = new LinkedHashMap<>();
        for (int i = 0; i < compared.size(); i++)
            for (int j = i + 1; j < compared.size(); j++) byPair.put(compared.get(i) + " & " + compared.get(j), 0L);
        List<Integer> leakedIds = new ArrayList<>();
        for (int p = 0; p < patients; p++) {
            if (Long.bitCount(mask[p]) < 2) continue;
            leaked++;
            leakedImages += imagesPerPatient[p];
            leakedIds.add(p);
            for (int i = 0; i < compared.size(); i++)
                for (int j = i + 1; j < compared.size(); j++)
                    if ((mask[p] & (1L << i)) != 0 && (mask[p] & (1L << j)) != 0)
                        byPair.merge(compared.get(i) + " & " + compared.get(j), 1L, Long::sum);
        }
        leakedIds.sort(Comparator.<Integer>comparingInt(p -> -imagesPerPatient[p]).thenComparing(p -> ds.patient().level(p)));
        int limit = Math.min(leakedIds.size(), opt.maxListedPatients());
        List<LeakedPatient> listed = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            int p = leakedIds.get(i);
            List<String> names = new ArrayList<>();
            for (int b = 0; b < compared.size(); b++) if ((mask[p] & (1L << b)) != 0) names.add(compared.get(b));
            listed.add(new LeakedPatient(ds.patient().level(p), names, imagesPerPatient[p]));
        }
        return new Leakage(compared, leaked, leakedImages, n == 0 ? 0 : (double) leakedImages / n, byPair, listed,
                limit < leakedIds.size());
    }

    // ---- cohort -------------------------------------------------------------------------------

    private Map<String, Cohort> cohort() {
        Categorical split = ds.split();
        int s = split.levelCount();
        Map<String, Cohort> out = new LinkedHashMap<>();
        out.put("all", cohortFor(-1));
        if (s > 1) for (int k = 0; k < s; k++) out.put(splitKey(split.level(k)), cohortFor(k));
        return out;
    }

    private Cohort cohortFor(int splitCode) {
        int[] sp = ds.split().codes();
        float[] age = ds.age();
        long images = 0, known = 0, over89 = 0;
        double sum = 0;
        long[] bins = new long[AGE_BINS.length];
        long[] ageFreq = new long[151];
        int[] markP = new int[patients];
        long pats = 0;
        for (int r = 0; r < n; r++) {
            if (splitCode >= 0 && sp[r] != splitCode) continue;
            images++;
            if (markP[pat[r]] == 0) { markP[pat[r]] = 1; pats++; }
            float a = age[r];
            if (Float.isNaN(a)) continue;
            known++;
            sum += a;
            int whole = (int) Math.min(150, Math.max(0, Math.floor(a)));
            ageFreq[whole]++;
            if (whole >= 90) over89++;
            bins[Math.min(AGE_BINS.length - 1, whole / 10)]++;
        }
        Map<String, Long> hist = new LinkedHashMap<>();
        for (int i = 0; i < AGE_BINS.length; i++) hist.put(AGE_BINS[i], bins[i]);
        AgeSummary ages = new AgeSummary(known, images - known, known == 0 ? Double.NaN : sum / known,
                quantileFromFreq(ageFreq, known, 0.5), over89, hist);
        return new Cohort(images, pats, ages, levelCounts(Dataset.SEX, splitCode), levelCounts(Dataset.VIEW, splitCode),
                levelCounts(Dataset.FRONTAL_LATERAL, splitCode), levelCounts(Dataset.AP_PA, splitCode));
    }

    /** Counts per level of a column within a split (-1: all), most frequent first, "unknown" last. */
    private Map<String, Long> levelCounts(String column, int splitCode) {
        Categorical c = ds.column(column);
        Map<String, Long> out = new LinkedHashMap<>();
        if (c == null) return out;
        long[] counts = new long[c.levelCount()];
        long missing = 0;
        int[] codes = c.codes(), sp = ds.split().codes();
        for (int r = 0; r < n; r++) {
            if (splitCode >= 0 && sp[r] != splitCode) continue;
            if (codes[r] < 0) missing++; else counts[codes[r]]++;
        }
        return topLevels(c, counts, missing, MAX_LEVELS);
    }

    static Map<String, Long> topLevels(Categorical c, long[] counts, long missing, int max) {
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(c::level));
        Map<String, Long> out = new LinkedHashMap<>();
        long other = 0;
        for (int i = 0; i < order.length; i++) {
            if (counts[order[i]] == 0) continue;
            if (i < max) out.put(c.level(order[i]), counts[order[i]]);
            else other += counts[order[i]];
        }
        if (other > 0) out.put("(other)", other);
        if (missing > 0) out.put("unknown", missing);
        return out;
    }

    // ---- labels -----------------------------------------------------------------------------

    private Map<String, Map<String, Map<String, ValueCounts>>> labels() {
        Map<String, Map<String, Map<String, ValueCounts>>> out = new LinkedHashMap<>();
        Categorical split = ds.split();
        int s = split.levelCount();
        int[] sp = split.codes();
        for (LabelSet ls : ds.labelSets()) {
            Map<String, Map<String, ValueCounts>> perLabel = new LinkedHashMap<>();
            for (int l = 0; l < ls.labelCount(); l++) {
                long[][] c = new long[s][4];
                byte[] col = ls.column(l);
                for (int r = 0; r < n; r++) c[sp[r]][LabelValue.index(col[r])]++;
                Map<String, ValueCounts> bySplit = new LinkedHashMap<>();
                long[] all = new long[4];
                for (int k = 0; k < s; k++) for (int v = 0; v < 4; v++) all[v] += c[k][v];
                bySplit.put("all", valueCounts(all));
                if (s > 1) for (int k = 0; k < s; k++) bySplit.put(splitKey(split.level(k)), valueCounts(c[k]));
                perLabel.put(ls.labels().get(l), bySplit);
            }
            out.put(ls.labeller(), perLabel);
        }
        return out;
    }

    static ValueCounts valueCounts(long[] c) {
        long images = c[0] + c[1] + c[2] + c[3];
        return new ValueCounts(images, c[0], c[1], c[2], c[3], images == 0 ? 0 : (double) c[0] / images);
    }

    private CoOccurrence coOccurrence(LabelSet ls) {
        if (ls == null) return null;
        int L = ls.labelCount();
        long[][] m = new long[L][L];
        int[] positives = new int[L];
        byte[][] cols = new byte[L][];
        for (int l = 0; l < L; l++) cols[l] = ls.column(l);
        for (int r = 0; r < n; r++) {
            int k = 0;
            for (int l = 0; l < L; l++) if (cols[l][r] == LabelValue.POSITIVE) positives[k++] = l;
            for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) m[positives[a]][positives[b]]++;
        }
        return new CoOccurrence(ls.labeller(), ls.labels(), m);
    }

    private List<LabellerAgreement> agreement() {
        List<LabellerAgreement> out = new ArrayList<>();
        List<LabelSet> sets = ds.labelSets();
        for (int i = 0; i < sets.size(); i++)
            for (int j = i + 1; j < sets.size(); j++) {
                LabelSet a = sets.get(i), b = sets.get(j);
                Map<String, LabelAgreement> per = new LinkedHashMap<>();
                for (int la = 0; la < a.labelCount(); la++) {
                    int lb = b.indexOf(a.labels().get(la));
                    if (lb < 0) continue;
                    per.put(a.labels().get(la), agreementOf(a.column(la), b.column(lb)));
                }
                if (!per.isEmpty()) out.add(new LabellerAgreement(a.labeller(), b.labeller(), per));
            }
        return out;
    }

    static LabelAgreement agreementOf(byte[] a, byte[] b) {
        long[][] t = new long[4][4];
        for (int r = 0; r < a.length; r++) t[LabelValue.index(a[r])][LabelValue.index(b[r])]++;
        long total = 0, diag = 0;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) { total += t[i][j]; if (i == j) diag += t[i][j]; }
        long pn = t[0][1] + t[1][0];
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (int j = 0; j < 4; j++) row.put(LabelValue.name(LabelValue.ALL[j]), t[i][j]);
            table.put(LabelValue.name(LabelValue.ALL[i]), row);
        }
        return new LabelAgreement(total, Agreement.observed(t), Agreement.cohenKappa(t), total - diag, pn, table);
    }

    // ---- hidden strata ----------------------------------------------------------------------

    private Map<String, Map<String, Map<String, StratumPrevalence>>> strata(LabelSet ls, List<String> columns) {
        Map<String, Map<String, Map<String, StratumPrevalence>>> out = new LinkedHashMap<>();
        if (ls == null) return out;
        for (String name : columns) {
            Categorical c = ds.column(name);
            int levels = c.levelCount();
            int[] codes = c.codes();
            long[] images = new long[levels + 1];
            for (int r = 0; r < n; r++) images[codes[r] < 0 ? levels : codes[r]]++;
            // keep the most frequent levels; the rest become "(other)", missing becomes "unknown"
            Integer[] order = new Integer[levels];
            for (int i = 0; i < levels; i++) order[i] = i;
            Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -images[i]).thenComparing(c::level));
            int[] slot = new int[levels + 1];
            List<String> slotNames = new ArrayList<>();
            int otherSlot = -1;
            for (int i = 0; i < levels; i++) {
                if (i < MAX_LEVELS) { slot[order[i]] = slotNames.size(); slotNames.add(c.level(order[i])); }
                else {
                    if (otherSlot < 0) { otherSlot = slotNames.size(); slotNames.add("(other)"); }
                    slot[order[i]] = otherSlot;
                }
            }
            slot[levels] = slotNames.size();
            slotNames.add("unknown");
            Map<String, Map<String, StratumPrevalence>> perLabel = new LinkedHashMap<>();
            for (int l = 0; l < ls.labelCount(); l++) {
                long[] img = new long[slotNames.size()], pos = new long[slotNames.size()];
                byte[] col = ls.column(l);
                for (int r = 0; r < n; r++) {
                    int sl = slot[codes[r] < 0 ? levels : codes[r]];
                    img[sl]++;
                    if (col[r] == LabelValue.POSITIVE) pos[sl]++;
                }
                Map<String, StratumPrevalence> byLevel = new LinkedHashMap<>();
                for (int k = 0; k < slotNames.size(); k++)
                    if (img[k] > 0) byLevel.put(slotNames.get(k), new StratumPrevalence(img[k], pos[k], (double) pos[k] / img[k]));
                perLabel.put(ls.labels().get(l), byLevel);
            }
            out.put(name, perLabel);
        }
        return out;
    }

    // ---- test adequacy ----------------------------------------------------------------------

    private TestAdequacy testAdequacy(LabelSet ls, String testSplit) {
        if (ls == null || testSplit == null)
            return new TestAdequacy(testSplit, ls == null ? null : ls.labeller(), opt.assumedProportion(),
                    opt.halfWidthThreshold(), Map.of(), List.of());
        int code = ds.split().codeOf(testSplit);
        int[] sp = ds.split().codes();
        Map<String, TestLabel> per = new LinkedHashMap<>();
        List<String> flagged = new ArrayList<>();
        double p = opt.assumedProportion();
        for (int l = 0; l < ls.labelCount(); l++) {
            long pos = 0, neg = 0, unc = 0;
            byte[] col = ls.column(l);
            for (int r = 0; r < n; r++) {
                if (sp[r] != code) continue;
                byte v = col[r];
                if (v == LabelValue.POSITIVE) pos++;
                else if (v == LabelValue.UNCERTAIN) unc++;
                else neg++;
            }
            double sens = Proportions.wilsonHalfWidth(p, pos, Proportions.Z95);
            double spec = Proportions.wilsonHalfWidth(p, neg, Proportions.Z95);
            boolean flag = sens > opt.halfWidthThreshold() || spec > opt.halfWidthThreshold();
            if (flag) flagged.add(ls.labels().get(l));
            per.put(ls.labels().get(l), new TestLabel(pos, neg, unc, sens, spec, flag));
        }
        return new TestAdequacy(testSplit, ls.labeller(), p, opt.halfWidthThreshold(), per, flagged);
    }

    // ---- image quality ----------------------------------------------------------------------

    static final int[] SIDE_EDGES = {0, 256, 512, 1024, 2048, 3072};

    private ImageQuality imageQuality() {
        int[] w = ds.width(), h = ds.height(), bits = ds.bitsStored();
        long withSize = 0, withBits = 0, eight = 0;
        long[] side = new long[SIDE_EDGES.length];
        int maxDim = 0;
        for (int r = 0; r < n; r++) {
            if (w[r] > 0 && h[r] > 0) {
                withSize++;
                maxDim = Math.max(maxDim, Math.max(w[r], h[r]));
                int s = Math.min(w[r], h[r]), b = 0;
                while (b + 1 < SIDE_EDGES.length && s >= SIDE_EDGES[b + 1]) b++;
                side[b]++;
            }
            if (bits[r] > 0) { withBits++; if (bits[r] <= 8) eight++; }
        }
        if (withSize == 0 && withBits == 0 && ds.column(Dataset.PHOTOMETRIC) == null) return null;
        Map<String, Long> sideHist = new LinkedHashMap<>();
        for (int b = 0; b < SIDE_EDGES.length; b++) {
            String label = b + 1 < SIDE_EDGES.length ? SIDE_EDGES[b] + "-" + (SIDE_EDGES[b + 1] - 1) : SIDE_EDGES[b] + "+";
            sideHist.put(label, side[b]);
        }
        Map<String, Long> bitsMap = new LinkedHashMap<>();
        if (withBits > 0) {
            long[] freq = new long[65];
            for (int r = 0; r < n; r++) if (bits[r] > 0) freq[Math.min(64, bits[r])]++;
            for (int b = 1; b <= 64; b++) if (freq[b] > 0) bitsMap.put(Integer.toString(b), freq[b]);
            if (withBits < n) bitsMap.put("unknown", n - withBits);
        }
        return new ImageQuality(withSize, summary(w, maxDim), summary(h, maxDim), sideHist, withBits, bitsMap,
                withBits == 0 ? Double.NaN : (double) eight / withBits, ds.bitsSource(),
                levelCounts(Dataset.PHOTOMETRIC, -1), levelCounts(Dataset.MODALITY, -1), levelCounts(Dataset.MANUFACTURER, -1));
    }

    static NumberSummary summary(int[] v, int maxValue) {
        long[] freq = new long[maxValue + 1];
        long count = 0;
        double sum = 0;
        int min = Integer.MAX_VALUE, max = 0;
        for (int x : v) {
            if (x <= 0) continue;
            freq[x]++;
            count++;
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (count == 0) return new NumberSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return new NumberSummary(count, min, quantileFromFreq(freq, count, 0.5), sum / count, max);
    }

    static double round6(double x) { return Math.round(x * 1e6) / 1e6; }

    static String pct(double f) { return String.format(Locale.ROOT, "%.1f%%", 100 * f); }
}
