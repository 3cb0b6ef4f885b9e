package veil.ocr.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;

/** The denoised view for the small-frame pass: noise falls, a thin stroke stays, edges use what the frame has. */
class BoxMeanTest {

    @Test
    void noiseFallsToAboutAThirdWhileATwoPixelStrokeKeepsMostOfItsContrast() {
        int w = 64, h = 64;
        Random rnd = new Random(5);
        byte[] px = new byte[w * h];
        for (int i = 0; i < px.length; i++) px[i] = (byte) Math.max(0, Math.min(255, (int) Math.round(40 + 6 * rnd.nextGaussian())));
        Gray8 noisy = new Gray8(w, h, px.clone());
        // A vertical stroke 2 px wide, 30 levels over the ground, in the same noise.
        for (int y = 0; y < h; y++) for (int x = 40; x < 42; x++) px[y * w + x] = (byte) ((px[y * w + x] & 0xff) + 30);
        Gray8 stroked = new Gray8(w, h, px);

        assertThat(spread(BoxMean.of(noisy), 0, 30)).isLessThan(spread(noisy, 0, 30) / 2.5);
        double ground = mean(BoxMean.of(stroked), 10, 30), stroke = mean(BoxMean.of(stroked), 40, 42);
        assertThat(stroke - ground).isGreaterThan(18);   // 2/3 of 30: the 3 px window holds two stroke columns
    }

    @Test
    void theFramesEdgesAreAveragedOverThePixelsThereAre() {
        Gray8 f = new Gray8(3, 2, new byte[] {0, 0, 90, 0, 0, 90});
        // The corner's window is 2 x 2 (all 0); the middle column's is 3 x 2 (two 90s of six: 30).
        assertThat(BoxMean.of(f).pixels()).containsExactly(0, 30, 45, 0, 30, 45);
    }

    private static double mean(Gray8 f, int x0, int x1) {
        double s = 0;
        int n = 0;
        for (int y = 2; y < f.height() - 2; y++) for (int x = x0; x < x1; x++) { s += f.pixels()[y * f.width() + x] & 0xff; n++; }
        return s / n;
    }

    private static double spread(Gray8 f, int x0, int x1) {
        double m = mean(f, x0, x1), s = 0;
        int n = 0;
        for (int y = 2; y < f.height() - 2; y++) for (int x = x0; x < x1; x++) {
            double d = (f.pixels()[y * f.width() + x] & 0xff) - m;
            s += d * d;
            n++;
        }
        return Math.sqrt(s / n);
    }
}
