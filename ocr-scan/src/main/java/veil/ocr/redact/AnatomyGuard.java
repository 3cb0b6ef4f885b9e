package veil.ocr.redact;

import java.awt.Rectangle;
import java.util.List;

/**
 * A blackout that would change a large share of a frame has taken anatomy (speckle, lung texture, bone edges) for
 * text: the instance is quarantined rather than released wiped. The share counts the pixels the blackout changes
 * that no independently confirmed text line explains: text lines found by both the first read and the classical
 * finder are text, however much of a small frame they fill (a 640x480 ultrasound with 40 px lines). Overlapping
 * boxes are not counted twice. {@link #ALWAYS_TOO_MUCH} of the frame is never released, confirmed or not.
 */
public final class AnatomyGuard {

    /** More than half a frame blacked out is not a cleaned image, whatever the detectors say. */
    public static final double ALWAYS_TOO_MUCH = 0.5;

    private AnatomyGuard() { }

    /** The share of the frame inside the union of {@code boxes}. */
    public static double share(List<Rectangle> boxes, int width, int height) {
        return share(boxes, List.of(), width, height);
    }

    /** The share of the frame inside the union of {@code boxes} but outside every {@code confirmed} text line. */
    public static double share(List<Rectangle> boxes, List<Rectangle> confirmed, int width, int height) {
        boolean[] covered = new boolean[width * height];
        Rectangle frame = new Rectangle(0, 0, width, height);
        for (Rectangle c : confirmed) {
            Rectangle r = c.intersection(frame);
            for (int y = r.y; y < r.y + r.height; y++) java.util.Arrays.fill(covered, y * width + r.x, y * width + r.x + r.width, true);
        }
        long n = 0;
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
