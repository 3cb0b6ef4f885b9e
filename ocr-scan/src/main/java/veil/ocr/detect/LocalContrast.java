package veil.ocr.detect;

/**
 * Makes text dark on white whatever its polarity: each pixel becomes its distance from the local
 * background (mean of a window a few strokes wide). Light-on-dark, dark-on-light and text crossing
 * a brightness edge all come out the same way, which a single global inversion cannot do.
 */
public final class LocalContrast {

    static final int RADIUS = 15;

    private LocalContrast() { }

    static byte[] darkTextOnWhite(byte[] c, int w, int h) {
        long[] integral = integral(c, w, h);
        int[] dist = new int[w * h];
        int[] hist = new int[256];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - RADIUS), y1 = Math.min(h, y + RADIUS + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - RADIUS), x1 = Math.min(w, x + RADIUS + 1);
                int mean = (int) (boxSum(integral, w, x0, y0, x1, y1) / ((long) (x1 - x0) * (y1 - y0)));
                int d = Math.abs((c[y * w + x] & 0xff) - mean);
                dist[y * w + x] = d;
                hist[d]++;
            }
        }
        int top = Math.max(16, TextRegions.percentile(hist, w * h, 0.995));
        byte[] out = new byte[w * h];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (255 - Math.min(255, dist[i] * 255 / top));
        }
        return out;
    }

    /** Summed-area table of an 8-bit crop, (w + 1) x (h + 1), for window means in constant time. */
    public static long[] integral(byte[] c, int w, int h) {
        long[] integral = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                row += c[y * w + x] & 0xff;
                integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
            }
        }
        return integral;
    }

    /** Sum of the pixels in [x0, x1) x [y0, y1) from {@link #integral}. */
    public static long boxSum(long[] integral, int w, int x0, int y0, int x1, int y1) {
        return integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1] - integral[y1 * (w + 1) + x0]
                + integral[y0 * (w + 1) + x0];
    }
}
