package veil.ocr.faint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;
import veil.ocr.frames.TestFrames;

class StackedLinesTest {

    private static final int W = 640, H = 360, GROUND = 12, INK = 34, PX = 14;
    private static final String[] BLOCK = {"DOB 16 NOV 1949", "NORTHGATE REGIONAL", "20190726 ACC472280"};
    private static final int[] BASELINES = {200, 222, 244};

    /** The coverage of one line drawn alone (0 background, 200 ink): its glyphs' alpha. */
    private static Gray8 alpha(int line) {
        return TestFrames.text(W, H, BLOCK[line], PX, 300, BASELINES[line], 0, 200, 0, 1);
    }

    /** A faint corner block (22 grey levels over a dark ground with grain), plus a bright bar when asked. */
    private static Gray8 frame(boolean[] lines, Rectangle bar) {
        byte[] out = new byte[W * H];
        java.util.Arrays.fill(out, (byte) GROUND);
        for (int l = 0; l < BLOCK.length; l++) {
            if (!lines[l]) continue;
            byte[] a = alpha(l).pixels();
            for (int p = 0; p < out.length; p++) {
                double s = (a[p] & 0xff) / 200.0;
                if (s > 0) out[p] = (byte) Math.round(GROUND * (1 - s) + INK * s);
            }
        }
        Gray8 g = new Gray8(W, H, out);
        if (bar != null) TestFrames.fill(g, bar, 60);
        TestFrames.grain(g.pixels(), 2.0, 7);
        return g;
    }

    private static boolean covered(Rectangle drawn, List<Rectangle> found) {
        long in = 0;
        for (int x = drawn.x; x < drawn.x + drawn.width; x++) {
            int cx = x;
            if (found.stream().anyMatch(r -> r.x <= cx && cx < r.x + r.width && r.y <= drawn.y + drawn.height
                    && drawn.y <= r.y + r.height)) in++;
        }
        return in >= 0.9 * drawn.width;
    }

    @Test
    void theLinesAboveAndBelowTheOneFoundAreFollowedThroughTheBlock() {
        Gray8 f = frame(new boolean[] {true, true, true}, null);
        Rectangle middle = TestFrames.inked(alpha(1));
        List<Rectangle> found = StackedLines.around(f, List.of(middle));
        assertThat(covered(TestFrames.inked(alpha(0)), found)).isTrue();
        assertThat(covered(TestFrames.inked(alpha(2)), found)).isTrue();
        // Found lines keep to their own rows: none reaches into the ground above the block or below it.
        for (Rectangle r : found) assertThat(r.y).isGreaterThan(TestFrames.inked(alpha(0)).y - 4);
        for (Rectangle r : found) assertThat(r.y + r.height).isLessThan(TestFrames.inked(alpha(2)).y + TestFrames.inked(alpha(2)).height + 4);
    }

    @Test
    void aLineWithGroundAllRoundHasNoNeighbours() {
        Gray8 f = frame(new boolean[] {false, true, false}, null);
        assertThat(StackedLines.around(f, List.of(TestFrames.inked(alpha(1))))).isEmpty();
    }

    @Test
    void theSpeckleOfAnUltrasoundFanNextToAFaintLineIsNoLine() {
        // A faint label on the dark screen just under the fan's right edge: the rows above it are speckle.
        Gray8 fan = TestFrames.speckle(W, 480, 3);
        Gray8 label = TestFrames.text(W, 480, "HARBOURVIEW CLINIC", 20, 420, 400, 0, 200, 0, 1);
        byte[] out = fan.pixels().clone();
        for (int p = 0; p < out.length; p++) {
            double s = (label.pixels()[p] & 0xff) / 200.0;
            if (s > 0) out[p] = (byte) Math.round((out[p] & 0xff) * (1 - s) + INK * s);
        }
        Gray8 f = new Gray8(W, 480, out);
        assertThat(StackedLines.around(f, List.of(TestFrames.inked(label)))).isEmpty();
    }

    @Test
    void aBarUnderTheLineIsNoLine() {
        Rectangle middle = TestFrames.inked(alpha(1));
        Rectangle bar = new Rectangle(middle.x - 20, middle.y + middle.height + 8, middle.width + 40, middle.height);
        Gray8 f = frame(new boolean[] {false, true, false}, bar);
        assertThat(StackedLines.around(f, List.of(middle))).isEmpty();
    }
}
