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

    /**
     * Sums of the values and their squares over each pixel's window (clipped to the frame) come from column sums slid
     * down the frame and a running sum along each row: two ints per column instead of two frame-sized tables of
     * longs (67 MB at 2048²), the same integer sums, so the same output.
     */
    public static Gray8 of(Gray8 frame) {
        int w = frame.width(), h = frame.height();
        byte[] px = frame.pixels();
        // Per column, over the window's rows: at most 41 x 255 and 41 x 255², so ints (and the window's 41 columns too).
        int[] c1 = new int[w], c2 = new int[w];
        for (int y = 0; y <= Math.min(h - 1, RADIUS); y++) addRow(px, w, y, 1, c1, c2);
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            if (y > 0) {
                if (y + RADIUS < h) addRow(px, w, y + RADIUS, 1, c1, c2);
                if (y - RADIUS - 1 >= 0) addRow(px, w, y - RADIUS - 1, -1, c1, c2);
            }
            int rows = Math.min(h, y + RADIUS + 1) - Math.max(0, y - RADIUS);
            int s1 = 0, s2 = 0;
            for (int x = 0; x <= Math.min(w - 1, RADIUS); x++) {
                s1 += c1[x];
                s2 += c2[x];
            }
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (x > 0) {
                    int in = x + RADIUS, gone = x - RADIUS - 1;
                    if (in < w) {
                        s1 += c1[in];
                        s2 += c2[in];
                    }
                    if (gone >= 0) {
                        s1 -= c1[gone];
                        s2 -= c2[gone];
                    }
                }
                int cols = Math.min(w, x + RADIUS + 1) - Math.max(0, x - RADIUS);
                double n = (double) cols * rows;
                double mean = s1 / n;
                double var = s2 / n - mean * mean;
                double sd = Math.max(MIN_SPREAD, Math.sqrt(Math.max(0, var)));
                double v = 128 + GAIN * ((px[row + x] & 0xff) - mean) / sd;
                out[row + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
            }
        }
        return new Gray8(w, h, out);
    }

    private static void addRow(byte[] px, int w, int y, int sign, int[] c1, int[] c2) {
        int row = y * w;
        for (int x = 0; x < w; x++) {
            int v = px[row + x] & 0xff;
            c1[x] += sign * v;
            c2[x] += sign * v * v;
        }
    }
}
