package veil.ocr.redact;

import java.awt.Rectangle;
import java.util.List;

/**
 * A blackout that would change a large share of a frame has taken anatomy (speckle, lung texture, bone edges) for
 * text: the instance is quarantined rather than released wiped. The share counts the union of the boxes, so
 * overlapping boxes are not counted twice.
 */
public final class AnatomyGuard {

    private AnatomyGuard() { }

    public static double share(List<Rectangle> boxes, int width, int height) {
        boolean[] covered = new boolean[width * height];
        long n = 0;
        Rectangle frame = new Rectangle(0, 0, width, height);
        for (Rectangle b : boxes) {
            Rectangle r = b.intersection(frame);
            for (int y = r.y; y < r.y + r.height; y++) {
                for (int x = r.x; x < r.x + r.width; x++) {
                    int i = y * width + x;
                    if (!covered[i]) {
                        covered[i] = true;
                        n++;
                    }
                }
            }
        }
        return (double) n / ((long) width * height);
    }
}
