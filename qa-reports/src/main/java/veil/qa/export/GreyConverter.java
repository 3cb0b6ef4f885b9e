package veil.qa.export;

import com.pixelmed.dicom.AttributeList;

/**
 * The lookup table from a sample's index (its Bits Stored bits, {@link StoredPixels#index}) to its
 * display value 0..255: rescale, the header's VOI transform (else min-max), optional histogram
 * equalisation, MONOCHROME1 inversion. One pass over the image builds the histogram by index; the
 * range, the table and the grey-level figures all come from it. The image itself is mapped through
 * the table later, row by row, while it is resampled ({@link Resampler}).
 */
final class GreyConverter {
    /** Equalisation bins over the windowed values: finer than 8 bits so equalising does not merge levels early. */
    static final int EQ_BINS = 4096;

    /** Display values 0..255 by sample index (float, for resampling) and what the conversion did. */
    record Result(float[] lut, int width, int height, int levelsBefore, double clippedPixelFraction,
                  double clippedRangeFraction, double entropyBefore, double entropyAfter, String voi) {}

    private GreyConverter() {}

    static Result convert(StoredPixels px, AttributeList header, boolean equalize) {
        short[] v = px.samples();
        int n = px.width() * px.height(), mask = px.mask();
        int[] ha = new int[mask + 1];   // by index; interleaved tables measured no faster
        for (int i = 0; i < n; i++) ha[v[i] & mask]++;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int k = 0; k <= mask; k++) {
            if (ha[k] == 0) continue;
            int x = px.value(k);
            if (x < min) min = x;
            if (x > max) max = x;
        }
        int range = max - min + 1;
        int[] hist = new int[range];
        for (int i = 0; i < range; i++) hist[i] = ha[px.index(min + i)];
        double slope = px.slope(), icpt = px.intercept();
        double mLo = Math.min(min * slope + icpt, max * slope + icpt), mHi = Math.max(min * slope + icpt, max * slope + icpt);
        VoiTransform voi = VoiTransform.from(header, mLo, mHi);
        double[] w = new double[range];
        long clippedPixels = 0;
        int clippedValues = 0;
        int levels = 0;
        double hBefore = 0;
        for (int i = 0; i < range; i++) {
            double m = (min + i) * slope + icpt;
            w[i] = voi.apply(m);
            boolean clip = voi.clipped(m);
            if (clip) clippedValues++;
            if (hist[i] == 0) continue;
            levels++;
            if (clip) clippedPixels += hist[i];
            double p = (double) hist[i] / n;
            hBefore -= p * log2(p);
        }
        if (equalize) equalise(w, hist, n);
        float[] lut = new float[range];
        int[] hist8 = new int[256];
        for (int i = 0; i < range; i++) {
            double d = Math.max(0, Math.min(1, w[i])) * 255;
            if (px.monochrome1()) d = 255 - d;
            lut[i] = (float) d;
            hist8[(int) Math.round(d)] += hist[i];
        }
        double hAfter = 0;
        for (int c : hist8) if (c > 0) { double p = (double) c / n; hAfter -= p * log2(p); }
        float[] byIndex = new float[mask + 1];   // indices that no pixel has stay 0: never looked up
        for (int i = 0; i < range; i++) byIndex[px.index(min + i)] = lut[i];
        return new Result(byIndex, px.width(), px.height(), levels, (double) clippedPixels / n,
                range <= 1 ? 0 : (double) clippedValues / range, hBefore, hAfter, voi.source() + (equalize ? "+equalized" : ""));
    }

    /** Histogram equalisation of windowed values (0..1) in {@link #EQ_BINS} bins, in place. */
    static void equalise(double[] w, int[] hist, int n) {
        long[] bins = new long[EQ_BINS];
        for (int i = 0; i < w.length; i++) bins[bin(w[i])] += hist[i];
        double[] cdf = new double[EQ_BINS];
        long run = 0, first = -1;
        for (int b = 0; b < EQ_BINS; b++) {
            run += bins[b];
            if (first < 0 && run > 0) first = run;
            cdf[b] = run;
        }
        double denom = n - first;
        for (int i = 0; i < w.length; i++) {
            double c = cdf[bin(w[i])];
            w[i] = denom <= 0 ? w[i] : Math.max(0, (c - first) / denom);
        }
    }

    private static int bin(double x) { return (int) Math.min(EQ_BINS - 1, Math.max(0, Math.floor(x * EQ_BINS))); }

    private static double log2(double p) { return Math.log(p) / Math.log(2); }
}
