package veil.qa.export;

/**
 * Separable Lanczos-3 resampling (the filter PIL calls LANCZOS), widened by the scale factor when
 * shrinking so every input pixel contributes (no aliasing), straight from the stored samples: each
 * input row is mapped through the image's lookup table ({@link GreyConverter}) to display floats once,
 * into a ring of as many rows as the vertical filter has taps; each output row is the weighted sum of
 * its input rows (summed in registers), then filtered along the row with the horizontal weights and
 * rounded once to 8 bits. The horizontal pass runs on blocks of as many output rows as a SIMD register
 * has lanes, laid out column by column, so it too is whole-vector multiply-adds with one weight per tap.
 * So there is no full-size float image and no whole-image transpose; the working set is a few rows. Weights are computed once per output row and column. The sums run
 * tap by tap in the same order, with fused multiply-adds, as the earlier whole-image version (float
 * image, vertical pass, transpose, vertical pass), so the result is the same.
 * With {@code --add-modules jdk.incubator.vector} both passes use SIMD ({@link VectorRows}).
 */
final class Resampler {
    static final double SUPPORT = 3;

    private Resampler() {}

    /** Output size with the long side at most {@code longSide} (never enlarged), aspect kept. */
    static int[] targetSize(int w, int h, int longSide) {
        int l = Math.max(w, h);
        if (longSide <= 0 || l <= longSide) return new int[] {w, h};
        double s = (double) longSide / l;
        return new int[] {Math.max(1, (int) Math.round(w * s)), Math.max(1, (int) Math.round(h * s))};
    }

    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /**
     * Resizes a {@code w x h} image given as samples ({@code samples[i] & mask} indexes {@code lut}, display
     * values 0..255) to {@code ow x oh} rounded, clamped bytes.
     */
    static byte[] resize(short[] samples, int mask, float[] lut, int w, int h, int ow, int oh) {
        return resize(samples, mask, lut, w, h, ow, oh, VECTOR_API);
    }

    /** As above, with or without the Vector API ({@code simd} only when it is present; tests run both). */
    static byte[] resize(short[] samples, int mask, float[] lut, int w, int h, int ow, int oh, boolean simd) {
        byte[] out = new byte[ow * oh];
        if (ow == w && oh == h) {
            for (int i = 0; i < out.length; i++) out[i] = toByte(lut[samples[i] & mask]);
            return out;
        }
        Weights wy = Weights.cached(h, oh), wx = Weights.cached(w, ow);
        int ring = wy.maxLen();
        float[][] rows = new float[ring][w];
        int[] rowIn = new int[ring], idx = new int[w];
        java.util.Arrays.fill(rowIn, -1);
        float[][] taps = new float[ring][];
        float[] c = new float[ring];
        // B output rows at a time are laid out column-major (block[x * B + j]: row j of the block, column x), so
        // the horizontal filter is again a sum of whole vectors (B rows at once) with one weight per tap
        int B = simd ? VectorRows.lanes() : 16;
        float[] rowsOut = simd ? null : new float[B * w], block = new float[w * B];
        float[] grey = new float[ow * B];   // v + 0.5, clamped: the cast to int rounds
        for (int y0 = 0; y0 < oh; y0 += B) {
            int rowsHere = Math.min(B, oh - y0);
            for (int j = 0; j < rowsHere; j++) {
                int y = y0 + j, s = wy.start[y], len = wy.len[y], off = y * wy.stride;
                for (int k = 0; k < len; k++) {
                    // windows of at most `ring` consecutive rows only move down, so a slot is reused only
                    // when its row has left the window for good
                    int r = s + k, slot = r % ring;
                    if (rowIn[slot] != r) {
                        float[] row = rows[slot];
                        if (simd) VectorRows.lookUp(samples, r * w, mask, lut, idx, row, w);
                        else for (int x = 0, base = r * w; x < w; x++) row[x] = lut[samples[base + x] & mask];
                        rowIn[slot] = r;
                    }
                    taps[k] = rows[slot];
                    c[k] = wy.w[off + k];
                }
                if (simd) VectorRows.weightedSumColumns(taps, c, len, block, j, w);
                else weightedSum(taps, c, len, rowsOut, j * w, w);
            }
            // to column-major; x outside, so the writes run on and the reads are B sequential streams
            if (!simd) for (int x = 0; x < w; x++)
                for (int j = 0; j < rowsHere; j++) block[x * B + j] = rowsOut[j * w + x];
            // lanes past rowsHere (last block) hold earlier rows' values: computed, never written out
            if (simd) VectorRows.blockSum(block, wx, ow, grey);
            else blockSum(block, B, wx, ow, grey);
            for (int x = 0; x < ow; x++)
                for (int j = 0, o = y0 * ow + x; j < rowsHere; j++, o += ow) out[o] = (byte) (int) grey[x * B + j];
        }
        return out;
    }

    /** {@code dst[d + x] = sum over k < len of c[k] * taps[k][x]}, tap by tap. */
    static void weightedSum(float[][] taps, float[] c, int len, float[] dst, int d, int n) {
        for (int x = 0; x < n; x++) {
            float acc = 0;
            for (int k = 0; k < len; k++) acc = Math.fma(taps[k][x], c[k], acc);
            dst[d + x] = acc;
        }
    }

    /** The horizontal filter on a column-major block of {@code B} rows, as {@link VectorRows#blockSum}: {@code (int) result[x*B+j] = toByte(sum)}. */
    static void blockSum(float[] block, int B, Weights wx, int ow, float[] result) {
        for (int x = 0; x < ow; x++) {
            int s = wx.start[x], len = wx.len[x], off = x * wx.stride;
            for (int j = 0; j < B; j++) {
                float acc = 0;
                for (int k = 0; k < len; k++) acc = Math.fma(block[(s + k) * B + j], wx.w[off + k], acc);
                result[x * B + j] = toByte(acc) & 0xFF;   // exact in float
            }
        }
    }

    /**
     * Rounded and clamped to 0..255. {@code (int) (v + 0.5f)} is {@link Math#round(float)} for these values
     * (negatives end at 0 either way) at a fraction of its cost; the one exception, v just below 0.5
     * (0.49999997f, where the float sum rounds up to 1), moves a pixel by one grey level.
     */
    static byte toByte(float v) {
        int i = (int) (v + 0.5f);
        return (byte) (i < 0 ? 0 : Math.min(i, 255));
    }

    /** Normalised filter taps for each output index. */
    static final class Weights {
        final int[] start, len;
        final float[] w;
        final int stride;

        private Weights(int[] start, int[] len, float[] w, int stride) {
            this.start = start; this.len = len; this.w = w; this.stride = stride;
        }

        int maxLen() {
            int m = 1;
            for (int l : len) m = Math.max(m, l);
            return m;
        }

        private static final java.util.concurrent.ConcurrentHashMap<Long, Weights> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * The weights for one size pair, computed once (a release is mostly a few image sizes; computing them
         * costs about 1 ms per image, 2% of its time). At most 64 pairs are kept.
         */
        static Weights cached(int in, int out) {
            if (CACHE.size() > 64) CACHE.clear();
            return CACHE.computeIfAbsent(((long) in << 32) | out, k -> of(in, out));
        }

        static Weights of(int in, int out) {
            double scale = (double) in / out;
            double fs = Math.max(1, scale);
            double support = SUPPORT * fs;
            int stride = (int) Math.ceil(support) * 2 + 1;
            int[] start = new int[out], len = new int[out];
            float[] w = new float[out * stride];
            for (int i = 0; i < out; i++) {
                double center = (i + 0.5) * scale;
                int lo = Math.max(0, (int) Math.floor(center - support));
                int hi = Math.min(in, (int) Math.ceil(center + support));
                int n = Math.min(stride, hi - lo);
                double sum = 0;
                double[] tmp = new double[n];
                for (int k = 0; k < n; k++) {
                    double x = (lo + k + 0.5 - center) / fs;
                    tmp[k] = lanczos(x);
                    sum += tmp[k];
                }
                for (int k = 0; k < n; k++) w[i * stride + k] = (float) (sum == 0 ? 1.0 / n : tmp[k] / sum);
                start[i] = lo;
                len[i] = n;
            }
            return new Weights(start, len, w, stride);
        }

        static double lanczos(double x) {
            double ax = Math.abs(x);
            if (ax < 1e-9) return 1;
            if (ax >= SUPPORT) return 0;
            double px = Math.PI * x;
            return SUPPORT * Math.sin(px) * Math.sin(px / SUPPORT) / (px * px);
        }
    }
}
