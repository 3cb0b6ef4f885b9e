package veil.ocr.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;

/** The sliding-sum normalisation gives, byte for byte, what the former summed-area tables gave. */
class LocalNormalisationTest {

    @Test
    void slidingSumsEqualTheSummedAreaTables() {
        Random rnd = new Random(11);
        int[][] sizes = {{1, 1}, {3, 50}, {40, 41}, {41, 42}, {130, 77}};
        for (int[] s : sizes) {
            byte[] px = new byte[s[0] * s[1]];
            // Noise and flat stretches: the spread floor and the clamp both get used.
            for (int i = 0; i < px.length; i++) px[i] = (byte) (i % 97 < 40 ? 120 : rnd.nextInt(256));
            Gray8 f = new Gray8(s[0], s[1], px);
            assertThat(LocalNormalisation.of(f).pixels()).as("%dx%d", s[0], s[1]).isEqualTo(reference(f));
        }
    }

    private static byte[] reference(Gray8 frame) {
        int r = LocalNormalisation.RADIUS;
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
            int y0 = Math.max(0, y - r), y1 = Math.min(h, y + r + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - r), x1 = Math.min(w, x + r + 1);
                int a = y1 * (w + 1) + x1, b = y0 * (w + 1) + x1, c = y1 * (w + 1) + x0, d = y0 * (w + 1) + x0;
                double n = (double) (x1 - x0) * (y1 - y0);
                double mean = (s1[a] - s1[b] - s1[c] + s1[d]) / n;
                double var = (s2[a] - s2[b] - s2[c] + s2[d]) / n - mean * mean;
                double sd = Math.max(LocalNormalisation.MIN_SPREAD, Math.sqrt(Math.max(0, var)));
                double v = 128 + LocalNormalisation.GAIN * ((px[y * w + x] & 0xff) - mean) / sd;
                out[y * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
            }
        }
        return out;
    }
}
