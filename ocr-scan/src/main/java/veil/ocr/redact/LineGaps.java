package veil.ocr.redact;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.policy.LineShape;

/**
 * The gaps between blackout boxes that are pieces of one text line. The detectors may cut a line at its punctuation
 * or at a faint stretch, and the boxes then leave the dashes and slashes of a date, or a letter or two, between them.
 * A gap narrower than {@link #GAP} line heights between two boxes sharing most of their height is closed, unless a
 * kept line (a phi-mode harmless line, an allow-listed marker) lies in it.
 */
public final class LineGaps {

    /** Widest gap closed, in heights of the lower box: less than a word space in the fonts measured. */
    static final double GAP = 1.0;

    private LineGaps() { }

    /** @return boxes spanning the gaps not already covered by one of {@code boxes} */
    public static List<Rectangle> between(List<Rectangle> boxes, List<Rectangle> kept) {
        List<Rectangle> out = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = 0; j < boxes.size(); j++) {
                Rectangle a = boxes.get(i), b = boxes.get(j);
                // Pieces of one horizontal line: like heights (a single glyph's box may be taller than wide).
                if (i == j || Math.max(a.height, b.height) > 2 * Math.min(a.height, b.height)) continue;
                // Taller than any line of type: lines rotated along the frame's edges, whose "gap" is the image.
                if (Math.max(a.height, b.height) > LineShape.MAX_ACROSS) continue;
                if (a.x + a.width > b.x) continue;   // b starts right of a's end
                int gap = b.x - (a.x + a.width);
                int hMin = Math.min(a.height, b.height);
                int top = Math.max(a.y, b.y), bottom = Math.min(a.y + a.height, b.y + b.height);
                if (gap <= 0 || gap > GAP * hMin || bottom - top < 0.6 * hMin) continue;
                Rectangle lower = a.height <= b.height ? a : b;
                Rectangle bridge = new Rectangle(a.x + a.width, lower.y, gap, lower.height);
                if (kept.stream().anyMatch(k -> k.intersects(bridge))) continue;
                if (boxes.stream().anyMatch(k -> k.contains(bridge)) || out.stream().anyMatch(k -> k.contains(bridge))) continue;
                out.add(bridge);
            }
        }
        return out;
    }

    /** Whether the pixels just left and just right of a gap, at its middle row, both lie in one of {@code boxes}. */
    public static boolean flankedBy(Rectangle gap, List<Rectangle> boxes) {
        int y = gap.y + gap.height / 2;
        boolean left = false, right = false;
        for (Rectangle b : boxes) {
            left |= b.contains(gap.x - 1, y);
            right |= b.contains(gap.x + gap.width, y);
        }
        return left && right;
    }
}
