package veil.ocr.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.frames.TestFrames;
import veil.ocr.verify.TextLikeness;

/** Blackout bars are painted over for reading; nothing that could be text is, and text touching a bar stays found. */
class FillBarsTest {

    @Test
    void aBlackoutBarIsFoundAndPaintedTheGreyRoundIt() {
        Gray8 f = TestFrames.text(400, 120, "", 20, 30, 60, 90, 220, 0, 1);
        Rectangle bar = new Rectangle(40, 30, 200, 30);
        TestFrames.fill(f, bar, 0);
        assertThat(FillBars.find(f, 0)).containsExactly(bar);
        Gray8 n = FillBars.neutralised(f, 0);
        assertThat(n.at(100, 45)).isEqualTo(90);
        assertThat(n.at(10, 10)).isEqualTo(f.at(10, 10));
        assertThat(f.at(100, 45)).as("the frame itself is never changed").isZero();
    }

    @Test
    void textTouchingABarIsStillFoundAndUntouched() {
        // A line whose blackout was cut short: its last letters run on from the bar's right edge.
        Gray8 f = TestFrames.text(400, 120, "SMITH JOHN 12345", 20, 30, 60, 30, 220, 3, 6);
        Rectangle bar = new Rectangle(25, 38, 90, 30);
        TestFrames.fill(f, bar, 0);
        Gray8 n = FillBars.neutralised(f, 0);
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (!bar.contains(x, y)) assertThat(n.at(x, y)).isEqualTo(f.at(x, y));
            }
        }
        Rectangle rest = new Rectangle(115, 40, 140, 25);
        assertThat(TextLikeness.find(n, List.of())).anySatisfy(r -> assertThat(r.intersects(rest)).isTrue());
    }

    @Test
    void darkGlyphStrokesAreNotBars() {
        // Black text on a light screen: its strokes are the fill grey but thin, or not solid rectangles.
        Gray8 f = TestFrames.text(400, 120, "IL 1970 HIJ", 40, 20, 80, 230, 0, 0, 2);
        assertThat(FillBars.find(f, 0)).isEmpty();
        assertThat(FillBars.neutralised(f, 0)).isSameAs(f);
    }

    @Test
    void aBlackAreaThatIsNotARectangleIsLeftAlone() {
        Gray8 f = TestFrames.text(300, 200, "", 20, 0, 0, 120, 0, 0, 3);
        TestFrames.fill(f, new Rectangle(20, 20, 100, 40), 0);
        TestFrames.fill(f, new Rectangle(20, 60, 40, 60), 0);   // an L-shaped dark region: image, not a bar
        assertThat(FillBars.find(f, 0)).isEmpty();
    }

    @Test
    void aFrameWithoutBarsComesBackAsItIs() {
        Gray8 f = TestFrames.anatomy(256, 256, 5);
        assertThat(FillBars.neutralised(f, 0)).isSameAs(f);
    }
}
