package veil.qa.export;

/**
 * Separable Lanczos-3 resampling (the filter PIL calls LANCZOS), widened by the scale factor
 * when shrinking so every input pixel contributes (no aliasing). Weights are computed once per
 * output row and column. Both passes run as whole-row multiply-adds (the horizontal one on the
 * transposed image), with the Vector API when the JVM has it ({@code --add-modules jdk.incubator.vector}).
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

    /** Resizes 0..255 floats to rounded, clamped bytes. */
    static byte[] resize(float[] src, int w, int h, int ow, int oh) {
        if (ow == w && oh == h) {
            byte[] out = new byte[w * h];
            for (int i = 0; i < out.length; i++) out[i] = (byte) clamp(src[i]);
            return out;
        }
        Weights wx = Weights.of(w, ow), wy = Weights.of(h, oh);
        // Both passes are whole-row multiply-adds (SIMD with the Vector API): vertical on the image,
        // then vertical again on its transpose, which is the horizontal pass.
        float[] tmp = vertical(src, w, wy, oh);              // w x oh
        float[] t = transpose(tmp, w, oh);                   // oh x w (row = old column)
        float[] r = vertical(t, oh, wx, ow);                 // oh x ow, transposed result
        byte[] out = new byte[ow * oh];
        for (int y = 0; y < ow; y++)
            for (int x = 0; x < oh; x++) out[x * ow + y] = (byte) clamp(r[y * oh + x]);
        return out;
    }

    /** Resamples along the columns: output row y = sum of weighted input rows (rows are {@code w} long). */
    static float[] vertical(float[] src, int w, Weights wy, int oh) {
        float[] out = new float[w * oh];
        for (int y = 0; y < oh; y++) {
            int s = wy.start[y], len = wy.len[y], off = y * wy.stride, orow = y * w;
            for (int k = 0; k < len; k++) axpy(out, orow, wy.w[off + k], src, (s + k) * w, w);
        }
        return out;
    }

    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    static void axpy(float[] dst, int d, float c, float[] src, int s, int n) {
        if (VECTOR_API) { VectorRows.axpy(dst, d, c, src, s, n); return; }
        for (int x = 0; x < n; x++) dst[d + x] += c * src[s + x];
    }

    /** {@code a} is {@code w} wide and {@code h} high; the result is {@code h} wide and {@code w} high. Blocked for the cache. */
    static float[] transpose(float[] a, int w, int h) {
        float[] t = new float[a.length];
        final int B = 32;
        for (int y0 = 0; y0 < h; y0 += B)
            for (int x0 = 0; x0 < w; x0 += B) {
                int y1 = Math.min(h, y0 + B), x1 = Math.min(w, x0 + B);
                for (int y = y0; y < y1; y++)
                    for (int x = x0; x < x1; x++) t[x * h + y] = a[y * w + x];
            }
        return t;
    }

    static int clamp(float v) {
        int i = Math.round(v);
        return i < 0 ? 0 : Math.min(i, 255);
    }

    /** Normalised filter taps for each output index. */
    static final class Weights {
        final int[] start, len;
        final float[] w;
        final int stride;

        private Weights(int[] start, int[] len, float[] w, int stride) {
            this.start = start; this.len = len; this.w = w; this.stride = stride;
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
