package veil.qa.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import veil.qa.manifest.Categorical;
import veil.qa.manifest.Dataset;
import veil.qa.manifest.LabelSet;
import veil.qa.manifest.LabelValue;
import veil.qa.manifest.ManifestException;
import veil.qa.stats.Proportions;

/**
 * Draws a reproducible stratified sample for label review. Strata are label x value x split; each
 * gets enough images that its error rate will be known to the target half-width (Wilson 95%,
 * finite population corrected) at the expected error rate. Within a stratum, images are chosen by
 * a partial Fisher-Yates shuffle seeded from the seed and the stratum's name, so adding a label
 * or split does not change the images drawn for the others.
 */
public final class Sampler {
    private Sampler() {}

    public static Sample draw(Dataset ds, SampleOptions o) {
        LabelSet ls = o.labeller() == null ? (ds.labelSets().isEmpty() ? null : ds.labelSets().get(0)) : ds.labelSet(o.labeller());
        if (ls == null)
            throw new ManifestException(o.labeller() == null ? "the dataset has no labels to review"
                    : "no labeller '" + o.labeller() + "'; labellers are: " + String.join(", ", ds.labelSets().stream().map(LabelSet::labeller).toList()));
        List<String> labels = o.labels().isEmpty() ? ls.labels() : o.labels();
        for (String l : labels)
            if (ls.indexOf(l) < 0)
                throw new ManifestException("no label '" + l + "' for labeller " + ls.labeller() + "; labels are: " + String.join(", ", ls.labels()));
        byte[] values = new byte[o.values().size()];
        for (int i = 0; i < values.length; i++) {
            byte v = LabelValue.parse(o.values().get(i));
            if (v == LabelValue.INVALID) throw new ManifestException("'" + o.values().get(i) + "' is not a label value (positive, negative, uncertain, blank)");
            values[i] = v;
        }
        Categorical split = ds.split();
        List<Integer> splitCodes = new ArrayList<>();
        if (o.splits().isEmpty()) for (int k = 0; k < split.levelCount(); k++) splitCodes.add(k);
        else for (String s : o.splits()) {
            int c = split.codeOf(s);
            if (c < 0) throw new ManifestException("no split '" + s + "'; splits are: " + String.join(", ", split.levels()));
            splitCodes.add(c);
        }
        int S = split.levelCount(), n = ds.size();
        int[] sp = split.codes();
        List<Sample.Stratum> strata = new ArrayList<>();
        List<Sample.Item> items = new ArrayList<>();
        int next = 1;
        for (String label : labels) {
            byte[] col = ls.column(ls.indexOf(label));
            // bucket rows by (value, split) in one pass: counts, offsets, fill
            int[] count = new int[4 * S];
            for (int r = 0; r < n; r++) count[LabelValue.index(col[r]) * S + sp[r]]++;
            int[] start = new int[4 * S + 1];
            for (int b = 0; b < 4 * S; b++) start[b + 1] = start[b] + count[b];
            int[] rows = new int[n], fill = Arrays.copyOf(start, 4 * S);
            for (int r = 0; r < n; r++) rows[fill[LabelValue.index(col[r]) * S + sp[r]]++] = r;
            for (byte v : values) {
                for (int k : splitCodes) {
                    int b = LabelValue.index(v) * S + k;
                    int pop = count[b];
                    if (pop == 0) continue;
                    int want = Proportions.sampleSize(o.expectedError(), o.halfWidth(), pop, Proportions.Z95);
                    if (o.maxPerStratum() > 0) want = Math.min(want, o.maxPerStratum());
                    String key = ls.labeller() + "|" + label + "|" + LabelValue.name(v) + "|" + split.level(k);
                    int[] chosen = choose(rows, start[b], pop, want, mix(o.seed(), key));
                    double hw = Proportions.wilsonHalfWidth(o.expectedError(), want, Proportions.Z95)
                            * Math.sqrt(pop <= 1 ? 0 : Math.max(0, (double) (pop - want) / (pop - 1)));
                    strata.add(new Sample.Stratum(label, LabelValue.name(v), split.level(k), pop, want, hw));
                    for (int r : chosen)
                        items.add(new Sample.Item(String.format(Locale.ROOT, "S%06d", next++), ls.labeller(), label,
                                LabelValue.name(v), split.level(k), pop, ds.image(r), ds.patient().value(r), ds.study().value(r)));
                }
            }
        }
        return new Sample(o.seed(), ls.labeller(), o.halfWidth(), o.expectedError(), strata, items);
    }

    /** {@code k} distinct rows from rows[from, from+len), in ascending row order. */
    static int[] choose(int[] rows, int from, int len, int k, long seed) {
        int[] pool = Arrays.copyOfRange(rows, from, from + len);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(len - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] out = Arrays.copyOf(pool, k);
        Arrays.sort(out);
        return out;
    }

    /** A stream seed from the user's seed and the stratum's name (String.hashCode is specified, so stable). */
    static long mix(long seed, String key) {
        long h = seed * 0x9E3779B97F4A7C15L + key.hashCode();
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        return h;
    }
}
