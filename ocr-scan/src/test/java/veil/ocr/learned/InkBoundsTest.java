package veil.ocr.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.Gray8;

class InkBoundsTest {

    private static final int W = 400, H = 120;

    /** A 40 px anti-aliased line drawn on a flat ground, optionally with grain; returns the frame and the ink box. */
    private static Gray8 frame(int grain, Rectangle[] ink) {
        return frame(220, grain, ink);
    }

    private static Gray8 frame(int ink255, int grain, Rectangle[] ink) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 30, 30));
        g.fillRect(0, 0, W, H);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(ink255, ink255, ink255));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString("HOLM 1962", 40, 75);
        g.dispose();
        byte[] px = new byte[W * H];
        Random rnd = new Random(7);
        int x0 = W, y0 = H, x1 = -1, y1 = -1;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = img.getRaster().getSample(x, y, 0);
                if (v > 30 + (ink255 - 30) / 3) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
                if (grain > 0) v = Math.max(0, Math.min(255, v + (int) Math.round(rnd.nextGaussian() * grain)));
                px[y * W + x] = (byte) v;
            }
        }
        ink[0] = new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
        return new Gray8(W, H, px);
    }

    /** The detector's thresholded core: the middle of the glyphs. */
    private static Rectangle core(Rectangle ink) {
        return new Rectangle(ink.x + ink.width / 4, ink.y + ink.height / 3, ink.width / 2, ink.height / 3);
    }

    @Test
    void onCleanGroundTheMarginStopsAPixelPastTheFringe() {
        Rectangle[] ink = new Rectangle[1];
        Gray8 f = frame(0, ink);
        Rectangle box = new Rectangle(10, 10, W - 20, H - 20);
        Rectangle t = InkBounds.tighten(f, box, core(ink[0]));
        assertThat(t.contains(ink[0])).isTrue();
        // every pixel a fringe could light up lies inside: nothing an eighth of the contrast off the ground is left
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (!t.contains(x, y)) assertThat(Math.abs(f.at(x, y) - 30)).as("pixel %d,%d", x, y).isLessThan(190 / 8);
            }
        }
        // and the margin is tight: the old fixed 2 + h/16 px on each side would have been wider
        int fixed = 2 + ink[0].height / 16;
        assertThat(t.width).isLessThan(ink[0].width + 2 * fixed);
        assertThat(t.height).isLessThan(ink[0].height + 2 * fixed);
    }

    @Test
    void faintTextKeepsTheWholeMarginEvenOnCleanGround() {
        Rectangle[] ink = new Rectangle[1];
        Gray8 f = frame(30 + 40, 0, ink);   // 40 grey levels: the low-contrast style
        Rectangle t = InkBounds.tighten(f, new Rectangle(10, 10, W - 20, H - 20), core(ink[0]));
        int fixed = 2 + ink[0].height / 16;
        assertThat(t.x).isLessThanOrEqualTo(ink[0].x - fixed);
        assertThat(t.x + t.width).isGreaterThanOrEqualTo(ink[0].x + ink[0].width + fixed);
        assertThat(t.y + t.height).isGreaterThanOrEqualTo(ink[0].y + ink[0].height + fixed);
    }

    @Test
    void onGrainAsStrongAsTheFringeTheWholeMarginIsKept() {
        Rectangle[] ink = new Rectangle[1];
        Gray8 f = frame(20, ink);   // grain well above an eighth of the contrast
        Rectangle t = InkBounds.tighten(f, new Rectangle(10, 10, W - 20, H - 20), core(ink[0]));
        int fixed = 2 + ink[0].height / 16 - 1;   // grain may move the ink edge by a pixel
        assertThat(t.x).isLessThanOrEqualTo(ink[0].x - fixed);
        assertThat(t.y).isLessThanOrEqualTo(ink[0].y - fixed);
        assertThat(t.x + t.width).isGreaterThanOrEqualTo(ink[0].x + ink[0].width + fixed);
        assertThat(t.y + t.height).isGreaterThanOrEqualTo(ink[0].y + ink[0].height + fixed);
    }
}
