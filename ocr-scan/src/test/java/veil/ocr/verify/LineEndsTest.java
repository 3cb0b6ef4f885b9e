package veil.ocr.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;
import veil.ocr.frames.TestFrames;

class LineEndsTest {

    /** A text line on the left and, from x = 190 on (inside the fan), ultrasound speckle (or the plain background). */
    private static Gray8 lineThenTexture(int background, int ink, boolean speckle) {
        Gray8 f = TestFrames.text(480, 80, "SMITH JOHN", 22, 20, 48, background, ink, 1.0, 3);
        if (speckle) {
            Gray8 s = TestFrames.speckle(640, 480, 11);
            for (int y = 0; y < 80; y++) {
                for (int x = 190; x < 480; x++) {
                    // a bright fan: speckle at twice the test frames' gain
                    f.pixels()[y * 480 + x] = (byte) TestFrames.clamp(2 * (s.pixels()[(250 + y) * 640 + 150 + x - 190] & 0xff));
                }
            }
        }
        return f;
    }

    private static Masked nothing(Gray8 f) {
        return Masked.of(f.width(), f.height(), List.of(), 0);
    }

    private static final Rectangle LINE = new Rectangle(16, 26, 170, 28);

    @Test
    void aFaintLineRunningIntoSpeckleMayGoOnUnseen() {
        Gray8 f = lineThenTexture(30, 58, true);
        LineInk ink = TextLikeness.inkOf(f, LINE);
        assertThat(ink.measured()).isTrue();
        List<Rectangle> hidden = LineEnds.unverifiable(f, nothing(f), ink);
        assertThat(hidden).isNotEmpty().allSatisfy(r -> assertThat(r.x).isGreaterThanOrEqualTo(LINE.x + LINE.width));
    }

    @Test
    void aFaintLineEndingOnPlainBackgroundIsVerifiable() {
        Gray8 f = lineThenTexture(30, 58, false);
        assertThat(LineEnds.unverifiable(f, nothing(f), TextLikeness.inkOf(f, LINE))).isEmpty();
    }

    @Test
    void anInkDrawnEndOnClearGroundJustBeforeSpeckleMayGoOnUnseen() {
        // The ink finders drew the line up to where the fan begins: past that they see nothing either way.
        Gray8 f = lineThenTexture(30, 58, true);
        LineInk ink = TextLikeness.inkOf(f, LINE);
        assertThat(LineEnds.pastInkEnds(f, nothing(f), ink)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.x).isGreaterThanOrEqualTo(LINE.x + LINE.width));
    }

    @Test
    void anInkDrawnEndInsideTheSpeckleIsTheLinesEnd() {
        // The finders followed the line's ink into the fan and it stopped there: not walked on.
        Gray8 f = lineThenTexture(30, 58, true);
        Rectangle intoFan = new Rectangle(LINE.x, LINE.y, 230, LINE.height);
        LineInk ink = TextLikeness.inkOf(f, LINE);
        LineInk drawn = new LineInk(intoFan, ink.bright(), ink.stroke(), ink.contrast());
        assertThat(LineEnds.unverifiable(f, nothing(f), drawn)).isNotEmpty();
        assertThat(LineEnds.pastInkEnds(f, nothing(f), drawn)).isEmpty();
    }

    @Test
    void aBrightLineBesideSpeckleIsVerifiable() {
        Gray8 f = lineThenTexture(0, 255, true);
        assertThat(LineEnds.unverifiable(f, nothing(f), TextLikeness.inkOf(f, LINE))).isEmpty();
    }
}
