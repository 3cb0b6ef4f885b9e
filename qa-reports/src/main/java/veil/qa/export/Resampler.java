package veil.qa.export;

/**
 * Separable Lanczos-3 resampling (the filter PIL calls LANCZOS), widened by the scale factor
 * when shrinking so every input pixel contributes (no aliasing). Weights are computed once per
 * output row and column; the vertical pass runs over whole rows so the JIT can vectorise it.
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
        float[] tmp = new float[ow * h];
        for (int y = 0; y < h; y++) {
            int row = y * w, orow = y * ow;
            for (int x = 0; x < ow; x++) {
                int s = wx.start[x], len = wx.len[x], off = x * wx.stride;
                float acc = 0;
                for (int k = 0; k < len; k++) acc += wx.w[off + k] * src[row + s + k];
                tmp[orow + x] = acc;
            }
        }
        byte[] out = new byte[ow * oh];
        float[] acc = new float[ow];
        for (int y = 0; y < oh; y++) {
            java.util.Arrays.fill(acc, 0f);
            int s = wy.start[y], len = wy.len[y], off = y * wy.stride;
            for (int k = 0; k < len; k++) {
                float c = wy.w[off + k];
                int row = (s + k) * ow;
                for (int x = 0; x < ow; x++) acc[x] += c * tmp[row + x];
            }
            int orow = y * ow;
            for (int x = 0; x < ow; x++) out[orow + x] = (byte) clamp(acc[x]);
        }
        return out;
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
