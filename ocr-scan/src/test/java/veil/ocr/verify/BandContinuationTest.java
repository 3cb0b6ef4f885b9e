package veil.ocr.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;
import veil.ocr.frames.TestFrames;

class BandContinuationTest {

    private static final int W = 480, H = 120;
    /** The band a line at rows 40-68 would go on in, right of x = 190. */
    private static final Rectangle BAND = new Rectangle(190, 40, W - 190, 28);

    /** Dark ground with a little grain; right of x = 190 the line's rows are raised by {@code shift}, or speckle. */
    private static Gray8 bandBeside(int shift, boolean speckle) {
        byte[] p = new byte[W * H];
        java.util.Arrays.fill(p, (byte) 20);
        Gray8 s = TestFrames.speckle(640, 480, 11);
        for (int y = BAND.y; y < BAND.y + BAND.height; y++) {
            for (int x = BAND.x; x < W; x++) {
                int v = speckle ? TestFrames.clamp(2 * (s.pixels()[(250 + y) * 640 + 150 + x - 190] & 0xff)) : 20 + shift;
                p[y * W + x] = (byte) v;
            }
        }
        TestFrames.grain(p, 1.5, 5);
        return new Gray8(W, H, p);
    }

    private static Masked nothing() {
        return Masked.of(W, H, List.of(), 0);
    }

    @Test
    void aFaintLineWhoseBandStillShiftsPastItsEndIsWalkedOn() {
        LineInk faint = LineInk.unmeasured(new Rectangle(16, 40, 170, 28));
        assertThat(BandContinuation.beyond(bandBeside(8, false), nothing(), faint)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.x).isGreaterThanOrEqualTo(186));
    }

    /** Dark ground with grain; from row 60 down, the 30 columns from {@code x0} are raised by 8 levels. */
    private static Gray8 columnBelow(int x0) {
        byte[] p = new byte[W * H];
        java.util.Arrays.fill(p, (byte) 20);
        for (int y = 60; y < H; y++) for (int x = x0; x < x0 + 30; x++) p[y * W + x] = (byte) 28;
        TestFrames.grain(p, 1.5, 5);
        return new Gray8(W, H, p);
    }

    @Test
    void aStubInsideTheImageWithNoGlyphsInItIsNotWalkedUpAndDown() {
        // The detector's box on a lung edge: a little taller than wide, nothing glyph-like measured in it.
        LineInk stub = LineInk.unmeasured(new Rectangle(200, 10, 30, 40));
        assertThat(BandContinuation.beyond(columnBelow(200), nothing(), stub)).isEmpty();
    }

    @Test
    void aStubBySideEdgeIsAPieceOfRotatedTextAndIsWalked() {
        LineInk piece = LineInk.unmeasured(new Rectangle(4, 10, 30, 40));
        assertThat(BandContinuation.beyond(columnBelow(4), nothing(), piece)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.y).isGreaterThanOrEqualTo(50));
    }

    @Test
    void aBrightLineIsNotWalkedIntoSpeckleItsLettersWouldStandClearOf() {
        // Bright 48 px type beside an ultrasound fan: the fan's band is brighter than the dark strips above and below,
        // but letters of the line's contrast would be seen there as glyphs.
        LineInk bright = new LineInk(new Rectangle(16, 40, 170, 28), true, 3.0, 150);
        assertThat(BandContinuation.beyond(bandBeside(0, true), nothing(), bright)).isEmpty();
        LineInk faint = new LineInk(new Rectangle(16, 40, 170, 28), true, 2.0, 12);
        assertThat(BandContinuation.beyond(bandBeside(0, true), nothing(), faint)).isNotEmpty();
    }
}
