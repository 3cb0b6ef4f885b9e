package veil.ocr.learned;

import veil.ocr.detect.Gray8;

/**
 * The low-contrast pass's input: each pixel's distance from its neighbourhood mean in units of the
 * neighbourhood's spread, like a CLAHE stretch without tiles. Faint text (6-12% of full scale) that the
 * detector misses on the plain rendering comes out at the same contrast as bright text.
 */
public final class LocalNormalisation {

    static final int RADIUS = 20;
    /** Floor on the spread (grey levels): flat areas must not turn their last bit of noise into texture. */
    static final double MIN_SPREAD = 3.0;
    static final double GAIN = 48.0;

    private LocalNormalisation() { }

    public static Gray8 of(Gray8 frame) {
        int w = frame.width(), h = frame.height();
        byte[] px = frame.pixels();
        long[] s1 = new long[(w + 1) * (h + 1)];
        long[] s2 = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long r1 = 0, r2 = 0;
            for (int x = 0; x < w; x++) {
                int v = px[y * w + x] & 0xff;
                r1 += v;
                r2 += (long) v * v;
                int i = (y + 1) * (w + 1) + x + 1;
                s1[i] = s1[i - (w + 1)] + r1;
                s2[i] = s2[i - (w + 1)] + r2;
            }
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - RADIUS), y1 = Math.min(h, y + RADIUS + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - RADIUS), x1 = Math.min(w, x + RADIUS + 1);
                int a = y1 * (w + 1) + x1, b = y0 * (w + 1) + x1, c = y1 * (w + 1) + x0, d = y0 * (w + 1) + x0;
                double n = (double) (x1 - x0) * (y1 - y0);
                double mean = (s1[a] - s1[b] - s1[c] + s1[d]) / n;
                double var = (s2[a] - s2[b] - s2[c] + s2[d]) / n - mean * mean;
                double sd = Math.max(MIN_SPREAD, Math.sqrt(Math.max(0, var)));
                double v = 128 + GAIN * ((px[y * w + x] & 0xff) - mean) / sd;
                out[y * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
            }
        }
        return new Gray8(w, h, out);
    }
}
