package veil.ocr.detect;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cheap pre-filter: finds the parts of a frame that could hold text, so OCR reads a few small
 * crops instead of the whole image. Text is a dense cluster of sharp steps; anatomy is smooth and
 * noise is weak relative to its own estimated level. Tiles with enough sharp steps are grouped
 * into regions (spread sideways so words of a line join).
 */
public final class TextRegions {

    static final int TILE = 16;
    private static final int MIN_STEPS_PER_TILE = 6;
    private static final int MIN_STEPS_EACH_WAY = 2;
    private static final double MIN_FLAT_SHARE = 0.4;
    private static final int MIN_THRESHOLD = 24;

    private TextRegions() { }

    /**
     * A part of the frame that may hold text.
     *
     * @param lightText the busy tiles are mostly dark, so the text on them is light
     */
    public record Region(Rectangle bounds, boolean lightText, List<Rectangle> busyTiles, boolean mixedPolarity) { }

    public static List<Region> find(Gray8 img) {
        return find(img, List.of());
    }

    /** @param ignore areas already blacked out: their edges against the image are not text */
    public static List<Region> find(Gray8 img, List<Rectangle> ignore) {
        int w = img.width(), h = img.height();
        boolean[] skip = ignore.isEmpty() ? null : mask(ignore, w, h);
        int threshold = threshold(img);
        int tw = (w + TILE - 1) / TILE, th = (h + TILE - 1) / TILE;
        // Text has strokes both ways; a straight edge (collimator, label border, an earlier
        // blackout) only one. Count the two directions apart and require both.
        // Text sits on a locally flat background; speckle and grain change everywhere. Count flat
        // neighbour pairs too and require a good share of them.
        int[] across = new int[tw * th], down = new int[tw * th], flat = new int[tw * th];
        int flatLimit = Math.max(4, threshold / 3);
        byte[] p = img.pixels();
        for (int y = 0; y < h - 1; y++) {
            int row = y * w, trow = (y / TILE) * tw;
            for (int x = 0; x < w - 1; x++) {
                if (skip != null && skip[row + x]) continue;
                int v = p[row + x] & 0xff;
                int dx = Math.abs(v - (p[row + x + 1] & 0xff)), dy = Math.abs(v - (p[row + w + x] & 0xff));
                int t = trow + x / TILE;
                if (dx >= threshold) across[t]++;
                if (dy >= threshold) down[t]++;
                if (dx < flatLimit) flat[t]++;
            }
        }
        boolean[] hot = new boolean[tw * th];
        for (int i = 0; i < hot.length; i++) {
            hot[i] = across[i] >= MIN_STEPS_EACH_WAY && down[i] >= MIN_STEPS_EACH_WAY
                    && across[i] + down[i] >= MIN_STEPS_PER_TILE && flat[i] >= MIN_FLAT_SHARE * TILE * TILE;
        }
        boolean[] grown = dilate(hot, tw, th, 2, 1);
        List<Region> out = new ArrayList<>();
        for (Rectangle r : components(grown, tw, th, w, h)) {
            List<Rectangle> busy = busyTiles(hot, tw, r);
            out.add(new Region(r, lightText(img, hot, tw, r), busy, mixed(img, busy)));
        }
        return out;
    }

    /**
     * Text crossing a brightness edge (light text running onto bright anatomy) is light-on-dark in
     * some tiles and dark-on-light in others: no single inversion reads all of it.
     */
    private static boolean mixed(Gray8 img, List<Rectangle> busy) {
        if (busy.size() < 4) return false;
        int[] medians = new int[busy.size()];
        for (int i = 0; i < busy.size(); i++) {
            Rectangle t = busy.get(i);
            int[] hist = new int[256];
            int n = 0;
            for (int y = t.y; y < Math.min(img.height(), t.y + t.height); y++) {
                for (int x = t.x; x < Math.min(img.width(), t.x + t.width); x++) { hist[img.at(x, y)]++; n++; }
            }
            medians[i] = percentile(hist, n, 0.5);
        }
        int[] sorted = medians.clone();
        java.util.Arrays.sort(sorted);
        int lo = sorted[sorted.length / 10], hi = sorted[sorted.length - 1 - sorted.length / 10];
        return hi - lo > 96;
    }

    private static List<Rectangle> busyTiles(boolean[] hot, int tw, Rectangle r) {
        List<Rectangle> out = new ArrayList<>();
        for (int ty = r.y / TILE; ty * TILE < r.y + r.height; ty++) {
            for (int tx = r.x / TILE; tx * TILE < r.x + r.width; tx++) {
                if (hot[ty * tw + tx]) out.add(new Rectangle(tx * TILE, ty * TILE, TILE, TILE));
            }
        }
        return out;
    }

    /** Decides polarity from the busy tiles only: around text, the background is the majority. */
    private static boolean lightText(Gray8 img, boolean[] hot, int tw, Rectangle r) {
        int[] hist = new int[256];
        int n = 0;
        for (int ty = r.y / TILE; ty * TILE < r.y + r.height; ty++) {
            for (int tx = r.x / TILE; tx * TILE < r.x + r.width; tx++) {
                if (!hot[ty * tw + tx]) continue;
                for (int y = ty * TILE; y < Math.min(img.height(), ty * TILE + TILE); y++) {
                    for (int x = tx * TILE; x < Math.min(img.width(), tx * TILE + TILE); x++) {
                        hist[img.at(x, y)]++;
                        n++;
                    }
                }
            }
        }
        int lo = percentile(hist, n, 0.02), hi = percentile(hist, n, 0.98), median = percentile(hist, n, 0.5);
        return median < (lo + hi) / 2.0;
    }

    static int percentile(int[] hist, int n, double q) {
        long target = Math.round(q * Math.max(0, n - 1)), acc = 0;
        for (int i = 0; i < 256; i++) {
            acc += hist[i];
            if (acc > target) return i;
        }
        return 255;
    }

    private static boolean[] mask(List<Rectangle> rects, int w, int h) {
        boolean[] m = new boolean[w * h];
        Rectangle frame = new Rectangle(0, 0, w, h);
        for (Rectangle r : rects) {
            // One pixel wider: the step from the fill to the image lies just outside the box.
            Rectangle c = new Rectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4).intersection(frame);
            for (int y = c.y; y < c.y + c.height; y++) Arrays.fill(m, y * w + c.x, y * w + c.x + c.width, true);
        }
        return m;
    }

    /** Steps must stand well above the frame's own noise: 4.5 sigma of neighbour differences. */
    static int threshold(Gray8 img) {
        int w = img.width(), h = img.height();
        byte[] p = img.pixels();
        int[] hist = new int[256];
        int n = 0;
        for (int y = 0; y < h; y += 7) {
            for (int x = 0; x < w - 1; x += 3) {
                hist[Math.abs((p[y * w + x] & 0xff) - (p[y * w + x + 1] & 0xff))]++;
                n++;
            }
        }
        int half = n / 2, acc = 0, median = 0;
        for (int i = 0; i < 256; i++) {
            acc += hist[i];
            if (acc >= half) { median = i; break; }
        }
        double sigma = 1.4826 * Math.max(median, 0.5);
        return (int) Math.max(MIN_THRESHOLD, Math.round(4.5 * sigma));
    }

    private static boolean[] dilate(boolean[] src, int tw, int th, int rx, int ry) {
        boolean[] out = new boolean[src.length];
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                if (!src[y * tw + x]) continue;
                for (int yy = Math.max(0, y - ry); yy <= Math.min(th - 1, y + ry); yy++) {
                    Arrays.fill(out, yy * tw + Math.max(0, x - rx), yy * tw + Math.min(tw - 1, x + rx) + 1, true);
                }
            }
        }
        return out;
    }

    private static List<Rectangle> components(boolean[] on, int tw, int th, int w, int h) {
        int[] label = new int[on.length];
        int[] stack = new int[on.length];
        List<Rectangle> out = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < on.length; start++) {
            if (!on[start] || label[start] != 0) continue;
            next++;
            int sp = 0, minX = tw, minY = th, maxX = -1, maxY = -1;
            stack[sp++] = start;
            label[start] = next;
            while (sp > 0) {
                int i = stack[--sp], x = i % tw, y = i / tw;
                minX = Math.min(minX, x); maxX = Math.max(maxX, x);
                minY = Math.min(minY, y); maxY = Math.max(maxY, y);
                if (x > 0) sp = push(on, label, stack, sp, i - 1, next);
                if (x < tw - 1) sp = push(on, label, stack, sp, i + 1, next);
                if (y > 0) sp = push(on, label, stack, sp, i - tw, next);
                if (y < th - 1) sp = push(on, label, stack, sp, i + tw, next);
            }
            Rectangle r = new Rectangle(minX * TILE, minY * TILE, (maxX - minX + 1) * TILE, (maxY - minY + 1) * TILE);
            out.add(r.intersection(new Rectangle(0, 0, w, h)));
        }
        return out;
    }

    private static int push(boolean[] on, int[] label, int[] stack, int sp, int j, int id) {
        if (on[j] && label[j] == 0) {
            label[j] = id;
            stack[sp++] = j;
        }
        return sp;
    }
}
