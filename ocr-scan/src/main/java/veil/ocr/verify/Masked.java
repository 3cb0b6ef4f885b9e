package veil.ocr.verify;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;

/**
 * Pixels a measurement leaves out (fresh blackouts, other lines), as a frame-sized mask built once per frame and
 * shared by the checks that walk past line ends, instead of testing every pixel against every box.
 */
public final class Masked {

    private final boolean[] px;
    private final int width;

    private Masked(boolean[] px, int width) {
        this.px = px;
        this.width = width;
    }

    /** @param grow pixels added round each box (a blackout's edge carries nothing either) */
    public static Masked of(int width, int height, List<Rectangle> boxes, int grow) {
        boolean[] m = new boolean[width * height];
        Rectangle frame = new Rectangle(0, 0, width, height);
        for (Rectangle r : boxes) {
            Rectangle c = new Rectangle(r.x - grow, r.y - grow, r.width + 2 * grow, r.height + 2 * grow).intersection(frame);
            if (c.isEmpty()) continue;
            for (int y = c.y; y < c.y + c.height; y++) Arrays.fill(m, y * width + c.x, y * width + c.x + c.width, true);
        }
        return new Masked(m, width);
    }

    /** Nothing left out (no frame-sized array: for a measurement over the image as it is). */
    public static Masked nothing(int width) {
        return new Masked(null, width);
    }

    public boolean at(int x, int y) {
        return px != null && px[y * width + x];
    }
}
