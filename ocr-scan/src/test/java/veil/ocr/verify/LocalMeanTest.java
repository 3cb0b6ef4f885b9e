package veil.ocr.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sliding-window local mean gives what the former integral-image mean gave, masks and frame edges included. */
class LocalMeanTest {

    @Test
    void slidingMeanEqualsTheIntegralImageMean() {
        Random rnd = new Random(7);
        int[][] sizes = {{1, 1}, {5, 3}, {24, 25}, {25, 26}, {97, 61}, {300, 40}};
        for (int[] s : sizes) {
            int w = s[0], h = s[1];
            for (double maskShare : new double[] {0, 0.3, 1}) {
                byte[] px = new byte[w * h];
                rnd.nextBytes(px);
                boolean[] mask = new boolean[w * h];
                // Masks come as boxes (blackouts); a random block plus scattered pixels covers both shapes.
                for (int i = 0; i < mask.length; i++) mask[i] = rnd.nextDouble() < maskShare;
                for (int y = 0; y < h / 2; y++) for (int x = 0; x < w / 3; x++) mask[y * w + x] |= maskShare > 0;
                assertThat(TextLikeness.localMean(px, mask, w, h)).as("%dx%d mask %.1f", w, h, maskShare)
                        .isEqualTo(reference(px, mask, w, h));
            }
        }
    }

    /** The former implementation: summed-area tables of values and counts. */
    private static int[] reference(byte[] px, boolean[] mask, int w, int h) {
        int r = TextLikeness.RADIUS;
        long[] sum = new long[(w + 1) * (h + 1)];
        int[] cnt = new int[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long rs = 0;
            int rc = 0;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (!mask[i]) {
                    rs += px[i] & 0xff;
                    rc++;
                }
                int j = (y + 1) * (w + 1) + x + 1;
                sum[j] = sum[j - (w + 1)] + rs;
                cnt[j] = cnt[j - (w + 1)] + rc;
            }
        }
        int[] mean = new int[w * h];
        for (int y = 0; y < h; y++) {
            int ya = Math.max(0, y - r), yb = Math.min(h, y + r + 1);
            for (int x = 0; x < w; x++) {
                int xa = Math.max(0, x - r), xb = Math.min(w, x + r + 1);
                int a = yb * (w + 1) + xb, b = ya * (w + 1) + xb, c = yb * (w + 1) + xa, d = ya * (w + 1) + xa;
                int n = cnt[a] - cnt[b] - cnt[c] + cnt[d];
                mean[y * w + x] = n == 0 ? (px[y * w + x] & 0xff) : (int) ((sum[a] - sum[b] - sum[c] + sum[d]) / n);
            }
        }
        return mean;
    }
}
