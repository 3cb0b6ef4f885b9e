package veil.ocr.detect;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
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
     * A copy of the frame with every bar painted the median grey of the ring of pixels round it, so its edges are
     * gone; the frame itself when it has no bars.
     */
    public static Gray8 neutralised(Gray8 frame, int fill) {
        List<Rectangle> bars = find(frame, fill);
        if (bars.isEmpty()) return frame;
        int w = frame.width(), h = frame.height();
        byte[] src = frame.pixels();
        byte[] out = src.clone();
        for (Rectangle b : bars) {
            byte grey = (byte) ringMedian(frame, b);
            for (int y = b.y; y < b.y + b.height; y++) Arrays.fill(out, y * w + b.x, y * w + b.x + b.width, grey);
        }
        return new Gray8(w, h, out);
    }

    /** Median of the pixels just outside the bar (clipped to the frame): the bar's own fill never
     * counts, as only its diagonal corners can be the fill grey. */
    static int ringMedian(Gray8 frame, Rectangle b) {
        int[] hist = new int[256];
        int n = 0;
        int x0 = b.x - 1, x1 = b.x + b.width, y0 = b.y - 1, y1 = b.y + b.height;
        for (int x = x0; x <= x1; x++) {
            n += count(frame, x, y0, hist) + count(frame, x, y1, hist);
        }
        for (int y = b.y; y < y1; y++) {
            n += count(frame, x0, y, hist) + count(frame, x1, y, hist);
        }
        int half = (n + 1) / 2, seen = 0;
        for (int g = 0; g < 256; g++) {
            seen += hist[g];
            if (seen >= half && n > 0) return g;
        }
        return 0;
    }

    private static int count(Gray8 frame, int x, int y, int[] hist) {
        if (x < 0 || y < 0 || x >= frame.width() || y >= frame.height()) return 0;
        hist[frame.at(x, y)]++;
        return 1;
    }
}
