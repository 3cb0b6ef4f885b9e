package veil.ocr.learned;

import java.awt.Rectangle;
import java.util.Arrays;
import veil.ocr.detect.Gray8;

/**
 * Shrinks a detected line box to the glyphs inside it. The detector's boxes are grown from a shrunk text core
 * (unclip 2.0) and reach well past the glyphs; blacking those out whole costs anatomy around every line.
 * Ink is what differs from the box's border (its background) by a third of the strongest contrast inside the
 * detector's core (the middle of the glyphs). Measuring that contrast over the whole box let a bright rib or edge
 * in the box's margin set it, and faint text (6-12% of full scale) fell below a third of it and was cut off; the
 * result always keeps the core.
 */
public final class InkBounds {

    static final int MIN_CONTRAST = 6;

    private InkBounds() { }

    public static Rectangle tighten(Gray8 frame, Rectangle box) {
        return tighten(frame, box, box);
    }

    /** @param core where the glyphs' contrast is measured (the detector's thresholded region), kept in the result */
    public static Rectangle tighten(Gray8 frame, Rectangle box, Rectangle core) {
        Rectangle r = box.intersection(new Rectangle(0, 0, frame.width(), frame.height()));
        if (r.width < 3 || r.height < 3) return box;
        Rectangle c = core.intersection(r);
        if (c.isEmpty()) c = r;
        int bg = borderMedian(frame, r);
        int max = 0;
        for (int y = c.y; y < c.y + c.height; y++) {
            for (int x = c.x; x < c.x + c.width; x++) max = Math.max(max, Math.abs(frame.at(x, y) - bg));
        }
        if (max < MIN_CONTRAST) return box;
        int t = Math.max(MIN_CONTRAST / 2, max / 3);
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (Math.abs(frame.at(x, y) - bg) >= t) {
                    if (x < x0) x0 = x;
                    if (x > x1) x1 = x;
                    if (y < y0) y0 = y;
                    if (y > y1) y1 = y;
                }
            }
        }
        if (x1 < 0 || y1 - y0 + 1 < 4) return box;
        int h = y1 - y0 + 1;
        // Anti-aliasing reaches a pixel or two past the ink whatever the size: 1/8 of the height (8 px on 48 px type)
        // was mostly anatomy; on the seen seed 20261203 1/16 hid more (99.6% vs 98.2%) and changed less (1.60% vs 1.80%).
        int pad = 2 + h / 16;
        return new Rectangle(x0 - pad, y0 - pad, x1 - x0 + 1 + 2 * pad, h + 2 * pad).union(c).intersection(box);
    }

    private static int borderMedian(Gray8 f, Rectangle r) {
        int n = 2 * r.width + 2 * r.height;
        int[] v = new int[n];
        int k = 0;
        for (int x = r.x; x < r.x + r.width; x++) {
            v[k++] = f.at(x, r.y);
            v[k++] = f.at(x, r.y + r.height - 1);
        }
        for (int y = r.y; y < r.y + r.height; y++) {
            v[k++] = f.at(r.x, y);
            v[k++] = f.at(r.x + r.width - 1, y);
        }
        Arrays.sort(v, 0, k);
        return v[k / 2];
    }
}
