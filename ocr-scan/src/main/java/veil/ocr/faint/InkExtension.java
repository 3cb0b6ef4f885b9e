package veil.ocr.faint;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * A first-read line followed along its own band at its own ink level. Thin anti-aliased strokes (a 1 px serif at
 * 24 px) are not one value end to end, so {@link ConstantInkLines} cannot chain them over speckle; but the part of
 * the line the learned detector did find tells the level the annotation is written at, and within one or two grey
 * levels of it, in the line's own rows, the rest of its glyphs stand out from speckle that only now and then takes
 * that value. From each end the band is walked glyph by glyph while the next glyph lies within a gap.
 */
public final class InkExtension {

    /** How far along the band glyphs are looked for, in line heights past each end. */
    static final int REACH = 12;
    /** Grey levels either side of the ink level that still count as ink. */
    static final int TOLERANCE = 1;
    /** The ink level stands this many levels clear of the band's ground, and above its neighbours in the histogram. */
    static final int CLEAR = 8;
    static final int SPIKE = 3;
    static final int MIN_AREA = 8;
    /**
     * Largest step to the next glyph, in line heights: wider than {@link ConstantInkLines#GAP}, since letters whose
     * strokes are mostly anti-aliased (D, O) drop out at this level, and the walk stays in one known line's band.
     */
    static final double GAP = 2.0;

    private InkExtension() { }

    /** @return the stretch of the line's band its ink's glyphs reach, past the line's ends, or the line itself */
    public static Rectangle extend(Gray8 f, Rectangle line) {
        if (line.height > line.width || line.height < ConstantInkLines.MIN_HEIGHT) return line;
        Rectangle whole = new Rectangle(0, 0, f.width(), f.height());
        Rectangle box = line.intersection(whole);
        if (box.isEmpty()) return line;
        int level = inkLevel(f, box);
        if (level < 0) return line;
        int h = box.height;
        Rectangle band = new Rectangle(box.x - REACH * h, box.y, box.width + 2 * REACH * h, h).intersection(whole);
        List<Rectangle> glyphs = glyphs(f, band, level, h);
        int start = box.x, end = box.x + box.width;
        double gap = GAP * h;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Rectangle g : glyphs) {
                int gx1 = g.x + g.width;
                if (g.x <= end + gap && gx1 > end) {
                    end = gx1;
                    grew = true;
                }
                if (gx1 >= start - gap && g.x < start) {
                    start = g.x;
                    grew = true;
                }
            }
        }
        if (start == box.x && end == box.x + box.width) return line;
        return new Rectangle(start, box.y, end - start, box.height);
    }

    /** The commonest value of a grey-level histogram (the ground a faint line is written on), the lowest on a tie. */
    static int commonest(int[] count) {
        int ground = 0;
        for (int v = 1; v < count.length; v++) if (count[v] > count[ground]) ground = v;
        return ground;
    }

    /**
     * The grey level the line's ink is written at: of the values in its box standing {@link #CLEAR} levels from the
     * box's commonest value (its ground) and above their histogram neighbours, the farthest from the ground; -1 when
     * there is none or it is too rare to be a line's strokes.
     */
    public static int inkLevel(Gray8 f, Rectangle box) {
        int[] count = new int[256];
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) count[f.at(x, y)]++;
        }
        int ground = commonest(count);
        // The ink lies on the side of the ground holding more of the box's other pixels; anti-aliased edges fall
        // between ink and ground, so of the levels standing above their histogram neighbours the farthest is the ink.
        long above = 0, below = 0;
        for (int v = 0; v < 256; v++) {
            if (v >= ground + CLEAR) above += count[v];
            if (v <= ground - CLEAR) below += count[v];
        }
        int dir = above >= below ? 1 : -1;
        int best = -1;
        for (int v = ground + dir * CLEAR; v > 0 && v < 255; v += dir) {
            int around = (count[Math.max(0, v - SPIKE)] + count[Math.min(255, v + SPIKE)]) / 2;
            if (count[v] >= 2 * around + 4 && count[v] >= MIN_AREA) best = v;
        }
        long area = (long) box.width * box.height;
        return best >= 0 && count[best] >= Math.max(MIN_AREA, area / 50) ? best : -1;
    }

    /** Glyph-shaped 4-connected sets of pixels near the ink level inside the band. */
    static List<Rectangle> glyphs(Gray8 f, Rectangle band, int level, int lineHeight) {
        int w = band.width, h = band.height;
        boolean[] in = new boolean[w * h];
        int[] parent = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                in[p] = Math.abs(f.at(band.x + x, band.y + y) - level) <= TOLERANCE;
                parent[p] = p;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (!in[p]) continue;
                if (x > 0 && in[p - 1]) ConstantInkLines.union(parent, p, p - 1);
                if (y > 0 && in[p - w]) ConstantInkLines.union(parent, p, p - w);
            }
        }
        int[] x0 = new int[w * h], y0 = new int[w * h], x1 = new int[w * h], y1 = new int[w * h], area = new int[w * h],
                edge = new int[w * h];
        java.util.Arrays.fill(x0, Integer.MAX_VALUE);
        java.util.Arrays.fill(y0, Integer.MAX_VALUE);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (!in[p]) continue;
                int r = ConstantInkLines.find(parent, p);
                x0[r] = Math.min(x0[r], x);
                y0[r] = Math.min(y0[r], y);
                x1[r] = Math.max(x1[r], x);
                y1[r] = Math.max(y1[r], y);
                area[r]++;
                if (x == 0 || !in[p - 1]) edge[r]++;
                if (x == w - 1 || !in[p + 1]) edge[r]++;
                if (y == 0 || !in[p - w]) edge[r]++;
                if (y == h - 1 || !in[p + w]) edge[r]++;
            }
        }
        List<Rectangle> out = new ArrayList<>();
        for (int p = 0; p < w * h; p++) {
            if (!in[p] || parent[p] != p || area[p] < MIN_AREA) continue;
            int gh = y1[p] - y0[p] + 1, gw = x1[p] - x0[p] + 1;
            // A glyph of this line: at least half its height, no wider than two heights, thin.
            if (gh < Math.max(ConstantInkLines.MIN_HEIGHT, lineHeight / 2) || gw > 2 * gh) continue;
            double stroke = 2.0 * area[p] / edge[p];
            if (gh < ConstantInkLines.TALL * stroke) continue;
            out.add(new Rectangle(band.x + x0[p], band.y + y0[p], gw, gh));
        }
        return out;
    }
}
