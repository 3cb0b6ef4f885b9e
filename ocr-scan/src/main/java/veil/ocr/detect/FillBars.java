package veil.ocr.detect;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the bars a blackout leaves (solid rectangles at the grey the fill value displays as) and paints a copy of the
 * frame over them with the grey round them, for reading only. A bar's straight edges against the image read as text
 * to the learned detector, the classical finder and Tesseract alike: Veil's own cleaned output would otherwise be
 * flagged again. The stored pixels are never changed.
 *
 * <p>Only a region that is the fill grey in every pixel of its bounding box, and is that box's only fill pixels, counts:
 * such a region carries no text of its own. Text touching a bar is outside it and stays as it is. Narrow regions
 * (strokes of a glyph drawn in the fill grey) are left alone: a bar is at least {@link #MIN_SIDE} pixels on each side and
 * not much taller than wide, as a blackout of a text line or marker is.
 */
public final class FillBars {

    /** The smallest blackout is a marker's box plus margins: well over this on each side. Glyph strokes are thinner. */
    static final int MIN_SIDE = 8;

    private FillBars() { }

    /** The bars in a frame, for {@code fill} the grey level the blackout's fill value renders as. */
    public static List<Rectangle> find(Gray8 frame, int fill) {
        int w = frame.width(), h = frame.height();
        byte[] p = frame.pixels();
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[w * h];
        List<Rectangle> out = new ArrayList<>();
        for (int start = 0; start < p.length; start++) {
            if (seen[start] || (p[start] & 0xff) != fill) continue;
            int minX = w, minY = h, maxX = -1, maxY = -1;
            long count = 0;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w, y = i / w;
                count++;
                if (x < minX) minX = x;
                if (x > maxX) maxX = x;
                if (y < minY) minY = y;
                if (y > maxY) maxY = y;
                if (x > 0) top = push(p, seen, stack, top, i - 1, fill);
                if (x < w - 1) top = push(p, seen, stack, top, i + 1, fill);
                if (y > 0) top = push(p, seen, stack, top, i - w, fill);
                if (y < h - 1) top = push(p, seen, stack, top, i + w, fill);
            }
            int bw = maxX - minX + 1, bh = maxY - minY + 1;
            boolean solid = count == (long) bw * bh;
            boolean wholeFrame = bw == w && bh == h;
            if (solid && !wholeFrame && bw >= MIN_SIDE && bh >= MIN_SIDE && 2 * bw >= bh) {
                out.add(new Rectangle(minX, minY, bw, bh));
            }
        }
        return out;
    }

    private static int push(byte[] p, boolean[] seen, int[] stack, int top, int i, int fill) {
        if (!seen[i] && (p[i] & 0xff) == fill) {
            seen[i] = true;
            stack[top++] = i;
        }
        return top;
    }

    /**
     * A copy of the frame with every bar painted over from the pixels just above and below it (each column blended
     * from one to the other), so its edges are gone and an edge of the image it crosses runs on through it; the frame
     * itself when it has no bars. One grey for the whole bar would leave a new edge where a bar straddles anatomy.
     */
    public static Gray8 neutralised(Gray8 frame, int fill) {
        List<Rectangle> bars = find(frame, fill);
        if (bars.isEmpty()) return frame;
        int w = frame.width(), h = frame.height();
        byte[] out = frame.pixels().clone();
        for (Rectangle b : bars) {
            boolean above = b.y > 0, below = b.y + b.height < h;
            for (int x = b.x; x < b.x + b.width; x++) {
                // A bar spanning the frame's height has nothing above or below: its left and right neighbours stand in.
                int top = above ? rowMean(frame, x, b.y - 1) : below ? rowMean(frame, x, b.y + b.height) : sideMean(frame, b);
                int bottom = below ? rowMean(frame, x, b.y + b.height) : top;
                for (int y = b.y; y < b.y + b.height; y++) {
                    double t = (y - b.y + 1) / (double) (b.height + 1);
                    out[y * w + x] = (byte) Math.round(top + t * (bottom - top));
                }
            }
        }
        return new Gray8(w, h, out);
    }

    /** Mean of the pixel at (x, y) and its two row neighbours (within the frame): less grain carried into the bar. */
    private static int rowMean(Gray8 frame, int x, int y) {
        int sum = 0, n = 0;
        for (int dx = -1; dx <= 1; dx++) {
            int xx = x + dx;
            if (xx < 0 || xx >= frame.width()) continue;
            sum += frame.at(xx, y);
            n++;
        }
        return Math.round((float) sum / n);
    }

    /** Mean of the columns just left and right of the bar (within the frame); black when the bar is the frame. */
    private static int sideMean(Gray8 frame, Rectangle b) {
        long sum = 0;
        int n = 0;
        for (int y = b.y; y < b.y + b.height; y++) {
            if (b.x > 0) { sum += frame.at(b.x - 1, y); n++; }
            if (b.x + b.width < frame.width()) { sum += frame.at(b.x + b.width, y); n++; }
        }
        return n == 0 ? 0 : (int) (sum / n);
    }
}
