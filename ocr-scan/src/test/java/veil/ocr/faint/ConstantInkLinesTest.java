package veil.ocr.faint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;
import veil.ocr.frames.TestFrames;

class ConstantInkLinesTest {

    private static final int INK = 40;
    /** About one glyph's width at 26 px. */
    private static final int GLYPH = 16;

    /** Ultrasound speckle with a faint annotation written over it at one value, as a scanner burns it in. */
    private static Gray8 faintTextOverSpeckle() {
        Gray8 s = TestFrames.speckle(640, 480, 5);
        Gray8 t = TestFrames.text(640, 480, "SMITH JOHN 1947", 26, 60, 300, 0, 200, 0, 1);
        byte[] out = s.pixels().clone();
        for (int p = 0; p < out.length; p++) {
            double a = (t.pixels()[p] & 0xff) / 200.0;
            if (a > 0) out[p] = (byte) Math.round((s.pixels()[p] & 0xff) * (1 - a) + INK * a);
        }
        return new Gray8(640, 480, out);
    }

    /** Where the text was drawn: its glyphs span x 60..~260, rows ~281..300. */
    private static Rectangle drawn() {
        return TestFrames.inked(TestFrames.text(640, 480, "SMITH JOHN 1947", 26, 60, 300, 0, 200, 0, 1));
    }

    @Test
    void faintTextWrittenOverSpeckleIsFoundWordByWordAtItsInkValue() {
        List<ConstantInkLines.Line> lines = ConstantInkLines.find(faintTextOverSpeckle());
        Rectangle drawn = drawn();
        assertThat(lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l.value()).isEqualTo(INK);
            assertThat(l.box().intersects(drawn)).isTrue();
        });
        // Curved letters (S, 9, 7) break into pieces too small to count, so the line comes in words; together they
        // start within a glyph of the text and cover most of it.
        Rectangle all = lines.stream().map(ConstantInkLines.Line::box).reduce(Rectangle::union).orElseThrow();
        assertThat(all.x).isLessThanOrEqualTo(drawn.x + GLYPH);
        assertThat(all.width).isGreaterThanOrEqualTo(drawn.width * 3 / 5);
    }

    @Test
    void speckleAndAnatomyAloneHoldNoLines() {
        assertThat(ConstantInkLines.find(TestFrames.speckle(640, 480, 5))).isEmpty();
        assertThat(ConstantInkLines.find(TestFrames.anatomy(1024, 1024, 3))).isEmpty();
    }

    @Test
    void aFirstReadLineDrawnShortIsCompletedToTheWholeLine() {
        Rectangle drawn = drawn();
        // The learned detector saw only the last word.
        Rectangle shortLine = new Rectangle(drawn.x + drawn.width - 50, drawn.y - 2, 52, drawn.height + 4);
        ConstantInkLines.Completion c = ConstantInkLines.complete(faintTextOverSpeckle(), List.of(shortLine), r -> r);
        assertThat(c.added()).isEmpty();
        assertThat(c.agreed()).isNotEmpty();
        assertThat(c.lines()).hasSize(1);
        assertThat(c.lines().get(0).x).isLessThanOrEqualTo(drawn.x + GLYPH);
    }

    @Test
    void aLineInAnotherBandIsNotJoined() {
        assertThat(ConstantInkLines.sameBand(new Rectangle(0, 100, 200, 20), new Rectangle(210, 104, 100, 20))).isTrue();
        assertThat(ConstantInkLines.sameBand(new Rectangle(0, 100, 200, 20), new Rectangle(210, 125, 100, 20))).isFalse();
        assertThat(ConstantInkLines.sameBand(new Rectangle(0, 100, 200, 20), new Rectangle(260, 100, 100, 20))).isFalse();
    }
}
