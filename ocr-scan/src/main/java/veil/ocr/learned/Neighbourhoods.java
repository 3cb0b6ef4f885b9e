package veil.ocr.learned;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * A second look round small text: annotation comes in blocks, and the learned detector, which finds most lines of a
 * block, misses a faint line of 10-11 px next to them. The neighbourhood of each small first-read line (a few line
 * heights round it) is read again enlarged, where such a line is as large as the text the network was trained on.
 */
public final class Neighbourhoods {

    /** Neighbourhood round a line: this many of its heights above and below, and to each side. */
    static final double ACROSS = 2.5;
    static final double ALONG = 4.0;

    /**
     * What Veil runs: twice enlarged, round lines up to 18 px tall (10-11 px text with its margin). Measured with
     * {@code NeighbourProbe} on seeds 20261204-06: two PHI boxes a seed regained (the faint last line of a 10-11 px
     * DX block), no box on no text; lines up to 24 px tall also gave two boxes on anatomy, up to 14 px none regained.
     */
    public static final int UP = 2;
    public static final int MAX_HEIGHT = 18;

    private Neighbourhoods() { }

    public static List<Rectangle> reread(PpOcrDetector detector, Gray8 frame, List<Rectangle> lines) {
        return reread(detector, frame, lines, UP, MAX_HEIGHT);
    }

    /**
     * @param up        enlargement factor
     * @param maxHeight lines at most this tall (px) have their neighbourhood re-read
     * @return lines found in the neighbourhoods that overlap no first-read line, in frame coordinates, glyph-tight
     */
    public static List<Rectangle> reread(PpOcrDetector detector, Gray8 frame, List<Rectangle> lines, int up, int maxHeight) {
        Rectangle whole = new Rectangle(0, 0, frame.width(), frame.height());
        List<Rectangle> regions = new ArrayList<>();
        for (Rectangle l : lines) {
            int h = Math.min(l.width, l.height);
            if (h > maxHeight || l.height > l.width) continue;
            Rectangle r = new Rectangle((int) (l.x - ALONG * h), (int) (l.y - ACROSS * h), (int) (l.width + 2 * ALONG * h),
                    (int) (l.height + 2 * ACROSS * h)).intersection(whole);
            regions.add(r);
        }
        regions = joined(regions);
        List<Rectangle> out = new ArrayList<>();
        for (Rectangle r : regions) out.addAll(region(detector, frame, r, lines, up));
        return out;
    }

    /** Lines found in one region of the frame read enlarged, leaving out what overlaps {@code known}. */
    public static List<Rectangle> region(PpOcrDetector detector, Gray8 frame, Rectangle r, List<Rectangle> known, int up) {
        Rectangle whole = new Rectangle(0, 0, frame.width(), frame.height());
        List<Rectangle> out = new ArrayList<>();
        Gray8 crop = enlarged(frame, r, up);
        for (TextBox t : LineFinder.raw(detector, crop, LineFinder.DEFAULT, 1.0)) {
            Rectangle b = t.box(), c = t.core();
            Rectangle box = new Rectangle(r.x + b.x / up, r.y + b.y / up, (b.width + up - 1) / up, (b.height + up - 1) / up).intersection(whole);
            Rectangle core = new Rectangle(r.x + c.x / up, r.y + c.y / up, (c.width + up - 1) / up, (c.height + up - 1) / up).intersection(whole);
            if (box.isEmpty() || known.stream().anyMatch(l -> l.intersects(box))) continue;
            out.add(InkBounds.tighten(frame, box, core.isEmpty() ? box : core));
        }
        return out;
    }

    /** Overlapping regions joined (the lines of one block share one re-read). */
    static List<Rectangle> joined(List<Rectangle> in) {
        List<Rectangle> out = new ArrayList<>(in);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    if (out.get(i).intersects(out.get(j))) {
                        out.set(i, out.get(i).union(out.get(j)));
                        out.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return out;
    }

    /** The region enlarged by pixel replication (the detector pads it to the network's multiple of 32). */
    static Gray8 enlarged(Gray8 f, Rectangle r, int up) {
        int w = r.width * up, h = r.height * up;
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int src = (r.y + y / up) * f.width() + r.x;
            for (int x = 0; x < w; x++) px[y * w + x] = f.pixels()[src + x / up];
        }
        return new Gray8(w, h, px);
    }
}
