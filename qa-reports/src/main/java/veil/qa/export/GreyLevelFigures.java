package veil.qa.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the 8-bit conversion did to a release's grey levels (JSON {@code grey_levels.*}), from the
 * per-image statistics of {@code veil export jpeg}.
 *
 * @param levelsBefore          distinct stored values per original image
 * @param levelsAfter           distinct 8-bit values per written image
 * @param keptFractionMedian    median of levels after / levels before
 * @param imagesClippedOver5Percent images with more than 5% of their pixels outside the window
 * @param worst                 the images whose conversion lost most (entropy lost, then share clipped)
 */
public record GreyLevelFigures(String source, long images, Map<String, Long> bitsStored, Summary levelsBefore,
                               Summary levelsAfter, double keptFractionMedian, Summary clippedPixelFraction,
                               Summary clippedRangeFraction, long imagesClippedOver5Percent, Summary entropyLostBits,
                               Map<String, Long> voi, Map<String, Long> reoriented, List<GreyLevelStats> worst) {

    public record Summary(double min, double median, double mean, double p95, double max) {
        static Summary of(double[] v) {
            if (v.length == 0) return new Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            double[] s = v.clone();
            Arrays.sort(s);
            double sum = 0;
            for (double x : s) sum += x;
            return new Summary(s[0], q(s, 0.5), sum / s.length, q(s, 0.95), s[s.length - 1]);
        }

        static double q(double[] sorted, double p) {
            double pos = p * (sorted.length - 1);
            int lo = (int) Math.floor(pos), hi = (int) Math.ceil(pos);
            return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
        }
    }

    static final double CLIP_FLAG = 0.05;

    public static GreyLevelFigures of(List<GreyLevelStats> rows, String source, int worstListed) {
        int n = rows.size();
        double[] before = new double[n], after = new double[n], kept = new double[n], clipP = new double[n], clipR = new double[n], lost = new double[n];
        Map<String, Long> bits = new TreeMap<>(Comparator.comparingInt(Integer::parseInt)), voi = new TreeMap<>(), orient = new TreeMap<>();
        long clipped = 0;
        for (int i = 0; i < n; i++) {
            GreyLevelStats g = rows.get(i);
            before[i] = g.levelsBefore();
            after[i] = g.levelsAfter();
            kept[i] = g.levelsBefore() == 0 ? 1 : Math.min(1, (double) g.levelsAfter() / g.levelsBefore());
            clipP[i] = g.clippedPixelFraction();
            clipR[i] = g.clippedRangeFraction();
            lost[i] = g.entropyLost();
            if (g.clippedPixelFraction() > CLIP_FLAG) clipped++;
            bits.merge(Integer.toString(g.bitsStored()), 1L, Long::sum);
            voi.merge(g.voi(), 1L, Long::sum);
            orient.merge(g.reoriented(), 1L, Long::sum);
        }
        List<GreyLevelStats> worst = new ArrayList<>(rows);
        worst.sort(Comparator.comparingDouble(GreyLevelStats::entropyLost).reversed()
                .thenComparing(Comparator.comparingDouble(GreyLevelStats::clippedPixelFraction).reversed())
                .thenComparing(GreyLevelStats::dicomId));
        return new GreyLevelFigures(source, n, new LinkedHashMap<>(bits), Summary.of(before), Summary.of(after),
                Summary.of(kept).median(), Summary.of(clipP), Summary.of(clipR), clipped, Summary.of(lost),
                new LinkedHashMap<>(voi), new LinkedHashMap<>(orient), List.copyOf(worst.subList(0, Math.min(worstListed, n))));
    }
}
