package veil.bench.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import javax.imageio.ImageIO;
import veil.testkit.pixels.independent.Truth;

/**
 * For looking at one synthetic image by eye while tuning: frame 0 before and after cleaning side by side, truth boxes
 * outlined (red: PHI, yellow: other). Synthetic images only; writes pixels, never text values to the console.
 */
final class ProbePng {

    private ProbePng() { }

    static void write(File out, int[] before, int[] after, int w, int h, int spp, boolean mono1, List<Truth> truth)
            throws java.io.IOException {
        BufferedImage bi = new BufferedImage(2 * w + 8, h, BufferedImage.TYPE_INT_RGB);
        int max = 1;
        for (int v : before) max = Math.max(max, v);
        paint(bi, 0, before, w, h, spp, mono1, max);
        paint(bi, w + 8, after, w, h, spp, mono1, max);
        Graphics2D g = bi.createGraphics();
        g.setStroke(new BasicStroke(1));
        for (Truth t : truth) {
            if (t.firstFrame() > 0) continue;
            g.setColor(t.phi() ? Color.RED : Color.YELLOW);
            Rectangle b = t.box();
            g.drawRect(b.x - 1, b.y - 1, b.width + 1, b.height + 1);
            g.drawRect(w + 8 + b.x - 1, b.y - 1, b.width + 1, b.height + 1);
        }
        g.dispose();
        ImageIO.write(bi, "png", out);
    }

    private static void paint(BufferedImage bi, int x0, int[] s, int w, int h, int spp, boolean mono1, int max) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = (y * w + x) * spp;
                int rgb;
                if (spp == 3) {
                    rgb = (s[p] & 0xff) << 16 | (s[p + 1] & 0xff) << 8 | (s[p + 2] & 0xff);
                } else {
                    int v = (int) (255L * s[p] / max);
                    if (mono1) v = 255 - v;
                    rgb = v << 16 | v << 8 | v;
                }
                bi.setRGB(x0 + x, y, rgb);
            }
        }
    }
}
