package veil.ocr.faint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;
import veil.ocr.frames.TestFrames;

class InkExtensionTest {

    private static final int INK = 40;
    private static final String TEXT = "RIVERSIDE MEDICAL";

    /**
     * Speckle on the left (an ultrasound fan) and dark ground on the right, a faint annotation written across both
     * at one value with anti-aliased edges; {@code text} false leaves the annotation out.
     */
    private static Gray8 lineAcrossTheFanEdge(boolean text) {
        Gray8 s = TestFrames.speckle(640, 480, 9);
        Gray8 t = TestFrames.text(640, 480, TEXT, 18, 60, 300, 0, 200, 0, 1);
        byte[] out = new byte[640 * 480];
        for (int p = 0; p < out.length; p++) {
            int ground = p % 640 < 200 ? s.pixels()[p] & 0xff : 4;
            double a = text ? (t.pixels()[p] & 0xff) / 200.0 : 0;
            out[p] = (byte) Math.round(ground * (1 - a) + INK * a);
        }
        return new Gray8(640, 480, out);
    }

    private static Rectangle drawn() {
        return TestFrames.inked(TestFrames.text(640, 480, TEXT, 18, 60, 300, 0, 200, 0, 1));
    }

    @Test
    void aLineFoundOnlyOnTheDarkGroundIsFollowedAcrossTheSpeckleAtItsInkLevel() {
        Rectangle drawn = drawn();
        // The learned detector found the part right of the fan's edge (x >= 200).
        Rectangle found = new Rectangle(205, drawn.y - 2, drawn.x + drawn.width - 203, drawn.height + 4);
        Gray8 f = lineAcrossTheFanEdge(true);
        assertThat(InkExtension.inkLevel(f, found)).isBetween(INK - 1, INK + 1);
        Rectangle reach = InkExtension.extend(f, found);
        assertThat(reach.x).isLessThanOrEqualTo(drawn.x + 16);
        assertThat(reach.x).isGreaterThanOrEqualTo(drawn.x - 4);   // not on into the speckle past the first letter
    }

    @Test
    void withoutTextTheBandIsNotWalked() {
        Rectangle found = new Rectangle(205, 283, 150, 22);
        Gray8 f = lineAcrossTheFanEdge(false);
        assertThat(InkExtension.extend(f, found)).isSameAs(found);
    }
}
