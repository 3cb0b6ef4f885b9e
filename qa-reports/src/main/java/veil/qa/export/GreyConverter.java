package veil.qa.export;

import com.pixelmed.dicom.AttributeList;

/**
 * Stored values to 8-bit display values through one lookup table over the image's value range:
 * rescale, the header's VOI transform (else min-max), optional histogram equalisation, MONOCHROME1
 * inversion. The histogram that builds the table also gives the grey-level figures, so the image
 * is read twice (range, histogram) and mapped once.
 */
final class GreyConverter {
    /** Equalisation bins over the windowed values: finer than 8 bits so equalising does not merge levels early. */
    static final int EQ_BINS = 4096;

    /** Display values 0..255 (float, for resampling) and what the conversion did. */
    record Result(float[] display, int width, int height, int levelsBefore, double clippedPixelFraction,
                  double clippedRangeFraction, double entropyBefore, double entropyAfter, String voi) {}

    private GreyConverter() {}

    static Result convert(StoredPixels px, AttributeList header, boolean equalize) {
        int[] v = px.values();
        int n = v.length;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int x : v) { if (x < min) min = x; if (x > max) max = x; }
        int range = max - min + 1;
        int[] hist = new int[range];
        for (int x : v) hist[x - min]++;
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
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = lut[v[i] - min];
        return new Result(out, px.width(), px.height(), levels, (double) clippedPixels / n,
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
