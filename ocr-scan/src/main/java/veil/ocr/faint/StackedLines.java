package veil.ocr.faint;

import java.awt.Rectangle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * Lines of a block found from the block's lines the first read did find. Burned-in identifiers come in blocks of
 * two to four lines (a corner's name, birth date, institution, accession), written alike; when the block is faint
 * the learned detector can find one line and miss the next (the 10-11 px last line of a DX corner block, a CT's
 * serif lines at 6% contrast), although that line is as plain as the one found. From each first-read line this looks
 * just above and below it, in the rows a next line of the block would take, for rows holding ink of the found
 * line's polarity and at least half its contrast (its ink is how the block is written), far more of it than the
 * ground there holds, a line's height tall, past a gap of ground and with ground after; and across those rows for
 * runs of connected ink with a text line's texture (many strokes per row, not one edge or bar, and flat ground
 * between the strokes). Each line's own rows are followed past its ends the same way (a line the detector found in
 * pieces). A line found so is searched from in turn, so a block is followed line by line. Only faint lines on flat
 * ground are searched from: that is where the detector fails, and speckle or anatomy next to a bright line holds
 * "ink" at any threshold. Reads no characters.
 */
public final class StackedLines {

    /** Lines searched from are this tall (rendered px) and line-shaped. */
    static final int MIN_HEIGHT = 8;
    static final int MAX_HEIGHT = 48;
    /** Largest gap to the next line of a block, in glyph heights (ink rows) of the line searched from. */
    static final double GAP = 2.0;
    /** The next line may reach this many heights past either end of the one searched from (ragged blocks). */
    static final double WIDEN = 4.0;
    /** A pixel is ink when it stands this share of the line's contrast from the ground, on the line's side. */
    static final double INK_SHARE = 0.5;
    /** Rows of a line hold at least this share of ink pixels, and this many times the window's quiet rows. */
    static final double ROW_SHARE = 0.06;
    static final double ROW_OVER = 4.0;
    /** Ground rows between the searched line's ink and the next line's, at least, in the searched line's heights. */
    static final double MIN_GAP = 0.2;
    /** The found line's ink rows are this tall against the searched line's. */
    static final double MIN_RUN = 0.5;
    static final double MAX_RUN = 1.6;
    /** A line's columns: stretches of inked columns with gaps below one found-line height, at least this dense. */
    static final double COLUMN_DENSITY = 0.35;
    /** Strokes crossed per row, per found-line height of the stretch's width, at least (an edge or a bar: ~0). */
    static final double STROKES = 0.6;
    /**
     * The line's contrast is at least this many grey levels (fainter than that, half of it is noise) and at most this
     * many: the pass is for faint blocks, which the detector finds in part; half the step of a bright line is coarser
     * than speckle, so the flatness test below would pass on it.
     */
    static final int MIN_CONTRAST = 8;
    static final int MAX_CONTRAST = 48;
    /**
     * The window round the line is flat ground: at least this share of its pixels within a step of its commonest
     * value. Annotation corners are; speckle, grain and anatomy, whose pixels spread over many levels and which give
     * rows of "ink" at any threshold, are not, and nothing is looked for in them.
     */
    static final double FLAT = 0.6;
    /** Between a found line's strokes lies ground nearly as flat as the window's (its share of flat pixels, at least). */
    static final double TEXTURE = 0.75;
    /** Lines followed from one first-read line (a corner block is at most a few lines). */
    static final int MAX_CHAIN = 4;

    private StackedLines() { }

    /**
     * @param lines the first read's lines of one frame
     * @return lines found above or below them that none of them covers (frame coordinates, glyph-tight rows)
     */
    public static List<Rectangle> around(Gray8 f, List<Rectangle> lines) {
        List<Rectangle> known = new ArrayList<>(lines);
        List<Rectangle> out = new ArrayList<>();
        // A line found is searched from at its own ink when it has a measurable one (lines of a block can differ in
        // contrast by a few levels: a birth date written fainter than the name), and where that finds nothing, at
        // the ink of the line it was found from (a line too thin to measure well).
        record Seed(Rectangle box, Ink ink, Ink inherited, int depth) { }
        Deque<Seed> todo = new ArrayDeque<>();
        for (Rectangle l : lines) {
            if (l.height < MIN_HEIGHT || l.height > MAX_HEIGHT || l.width < 2 * l.height) continue;
            Ink ink = Ink.of(f, l);
            if (ink != null) todo.add(new Seed(l, ink, null, 0));
        }
        while (!todo.isEmpty()) {
            Seed s = todo.poll();
            for (int dir : new int[] {1, -1}) {
                Rectangle r = next(f, s.box(), s.ink(), dir, known);
                if (r == null && s.inherited() != null) r = next(f, s.box(), s.inherited(), dir, known);
                if (r == null) continue;
                out.add(r);
                known.add(r);
                Ink i = s.ink(), own = Ink.of(f, r);
                Ink inherited = new Ink(i.ground(), i.sign(), i.contrast(), r.y, r.y + r.height - 1);
                Ink mine = own != null && own.sign() == i.sign()
                        ? new Ink(own.ground(), own.sign(), own.contrast(), r.y, r.y + r.height - 1) : null;
                if (s.depth() + 1 < MAX_CHAIN) {
                    todo.add(mine != null ? new Seed(r, mine, inherited, s.depth() + 1) : new Seed(r, inherited, null, s.depth() + 1));
                }
            }
            // The seed's own rows, past its ends: the rest of a line the detector found in pieces.
            Rectangle along = along(f, s.box(), s.ink(), known);
            if (along != null) {
                out.add(along);
                known.add(along);
            }
        }
        return out;
    }

    /** The stretch of a line's own ink rows its text runs on past its ends, or null when it runs no further. */
    static Rectangle along(Gray8 f, Rectangle line, Ink ink, List<Rectangle> known) {
        int h = ink.height();
        int x0 = Math.max(0, (int) (line.x - WIDEN * h)), x1 = Math.min(f.width(), (int) (line.x + line.width + WIDEN * h));
        Window w = Window.of(f, new Rectangle(x0, ink.top(), x1 - x0, h), ink, known);
        // Past its ends there is no neighbouring line to vouch for the stretch: the ground must be flat at half the
        // step too (the fading edge of an ultrasound fan beside a faint block is not; LineEnds judges such ends).
        if (w == null || w.flat() < FLAT) return null;
        Rectangle g = columns(w.inked, w.masked, w.width, 0, h - 1, x0, ink.top(), line);
        if (g == null || (g.x >= line.x - h && g.x + g.width <= line.x + line.width + h)) return null;
        return w.groundBetween(f, g) >= TEXTURE * w.flat() ? g : null;
    }

    /** Ink pixels of a window (known text left out), against the window's own ground. */
    private record Window(boolean[] inked, boolean[] masked, int width, double[] rate, Rectangle area, int ground, int step,
                          double flat) {

        /**
         * Of a found line's pixels that are neither ink nor known text, the share that is flat ground. Between the
         * strokes of a text line lies the ground it is written on (and a pixel of anti-aliasing beside each stroke);
         * between the grains of speckle, or across the fading edge of an ultrasound fan, lie more grains.
         */
        double groundBetween(Gray8 f, Rectangle box) {
            long n = 0, flat = 0;
            for (int y = box.y; y < box.y + box.height; y++) {
                for (int x = box.x; x < box.x + box.width; x++) {
                    int i = (y - area.y) * width + x - area.x;
                    if (masked[i] || inked[i]) continue;
                    n++;
                    if (Math.abs(f.at(x, y) - ground) * 2 < step) flat++;
                }
            }
            return n == 0 ? 0 : (double) flat / n;
        }

        static Window of(Gray8 f, Rectangle r, Ink ink, List<Rectangle> known) {
            Rectangle c = r.intersection(new Rectangle(0, 0, f.width(), f.height()));
            if (c.isEmpty() || !c.equals(r)) return null;
            int rows = r.height, width = r.width;
            int[] count = new int[256];
            boolean[] masked = new boolean[rows * width];
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < width; x++) {
                    if (inAny(known, r.x + x, r.y + y)) masked[y * width + x] = true;
                    else count[f.at(r.x + x, r.y + y)]++;
                }
            }
            int ground = InkExtension.commonest(count);
            int step = Math.max(3, (int) Math.ceil(INK_SHARE * ink.contrast()));
            long free = 0, within = 0, near = 0;
            for (int v = 0; v < 256; v++) {
                free += count[v];
                if (Math.abs(v - ground) < step) within += count[v];
                if (Math.abs(v - ground) * 2 < step) near += count[v];
            }
            if (within < FLAT * Math.max(1, free)) return null;
            double flat = (double) near / Math.max(1, free);
            boolean[] inked = new boolean[rows * width];
            double[] rate = new double[rows];
            for (int y = 0; y < rows; y++) {
                int n = 0, k = 0;
                for (int x = 0; x < width; x++) {
                    int i = y * width + x;
                    if (masked[i]) continue;
                    n++;
                    if ((f.at(r.x + x, r.y + y) - ground) * ink.sign() >= step) {
                        inked[i] = true;
                        k++;
                    }
                }
                rate[y] = n < width / 4 ? -1 : (double) k / n;   // mostly known text: no evidence either way
            }
            return new Window(inked, masked, width, rate, r, ground, step, flat);
        }
    }

    /** How a line is written: its ground, the side its ink lies on and how far. */
    /** @param top @param bottom the rows of the line's box its ink fills (glyph rows, without the box's margin) */
    record Ink(int ground, int sign, int contrast, int top, int bottom) {

        int height() {
            return bottom - top + 1;
        }


        static Ink of(Gray8 f, Rectangle line) {
            Rectangle b = line.intersection(new Rectangle(0, 0, f.width(), f.height()));
            if (b.isEmpty()) return null;
            int[] count = new int[256];
            for (int y = b.y; y < b.y + b.height; y++) for (int x = b.x; x < b.x + b.width; x++) count[f.at(x, y)]++;
            int ground = InkExtension.commonest(count);
            long up = 0, down = 0;
            for (int v = ground + 3; v < 256; v++) up += count[v];
            for (int v = ground - 3; v >= 0; v--) down += count[v];
            int sign = up >= down ? 1 : -1;
            long side = Math.max(up, down);
            if (side == 0) return null;
            // The strokes' own level: the quarter of the ink-side pixels farthest from the ground begins here.
            long acc = 0;
            int d = 255;
            for (; d >= 3; d--) {
                int v = ground + sign * d;
                if (v < 0 || v > 255) continue;
                acc += count[v];
                if (acc * 4 >= side) break;
            }
            if (d < MIN_CONTRAST || d > MAX_CONTRAST) return null;
            // Its glyph rows: rows of the box holding far more ink than the rows round it (on a noisy ground every row
            // holds some pixels past the step; the box's margin rows, and the rows just outside it, are that ground).
            int step = Math.max(3, (int) Math.ceil(INK_SHARE * d)), top = -1, bottom = -1;
            int ya = Math.max(0, b.y - b.height / 2), yb = Math.min(f.height(), b.y + b.height + b.height / 2);
            double[] rate = new double[yb - ya];
            for (int y = ya; y < yb; y++) {
                int k = 0;
                for (int x = b.x; x < b.x + b.width; x++) if ((f.at(x, y) - ground) * sign >= step) k++;
                rate[y - ya] = (double) k / b.width;
            }
            double[] sorted = rate.clone();
            Arrays.sort(sorted);
            double need = Math.max(ROW_SHARE, ROW_OVER * sorted[sorted.length / 4]);
            for (int y = b.y; y < b.y + b.height; y++) {
                if (rate[y - ya] < need) continue;
                if (top < 0) top = y;
                bottom = y;
            }
            return top < 0 ? null : new Ink(ground, sign, d, top, bottom);
        }
    }

    /** The next line of the block on one side of {@code line}, or null. */
    static Rectangle next(Gray8 f, Rectangle line, Ink ink, int dir, List<Rectangle> known) {
        int h = ink.height(), fw = f.width(), fh = f.height();
        int x0 = Math.max(0, (int) (line.x - WIDEN * h)), x1 = Math.min(fw, (int) (line.x + line.width + WIDEN * h));
        int reach = (int) Math.ceil(GAP * h + MAX_RUN * h) + 2;
        int y0 = dir > 0 ? ink.bottom() + 1 : ink.top() - reach, y1 = dir > 0 ? ink.bottom() + 1 + reach : ink.top();
        y0 = Math.max(0, y0);
        y1 = Math.min(fh, y1);
        int rows = y1 - y0, width = x1 - x0;
        if (rows < MIN_RUN * h + 2 || width < 2 * h) return null;
        // Ink relative to the window's own ground (the line's box may sit on a label's fill, the window on the frame).
        Window win = Window.of(f, new Rectangle(x0, y0, width, rows), ink, known);
        if (win == null) return null;
        boolean[] inked = win.inked, masked = win.masked;
        double[] rate = win.rate;
        double[] sorted = Arrays.stream(rate).filter(v -> v >= 0).sorted().toArray();
        if (sorted.length < 4) return null;
        double quiet = sorted[sorted.length / 4];
        double core = Math.max(ROW_SHARE, ROW_OVER * quiet), weak = core / 2;
        // Rows ordered from the line outwards.
        int near = 0;
        while (near < rows) {
            int i = dir > 0 ? near : rows - 1 - near;
            if (rate[i] >= core) break;
            near++;
        }
        while (near < rows) {
            // A run: core rows grown through weaker ones on both sides.
            int a = near, b = near;
            while (a > 0 && rate[idx(a - 1, dir, rows)] >= weak) a--;
            while (b + 1 < rows && rate[idx(b + 1, dir, rows)] >= weak) b++;
            int run = b - a + 1;
            if (a > GAP * h) return null;                          // too far from the line to be the block's next
            if (b + 1 >= rows) return null;                        // no ground after it inside the window: a band
            // A next line lies past a gap of ground; ink rows running on from the line are its own descenders, or
            // texture it is written against.
            if (a >= MIN_GAP * h && run >= MIN_RUN * h && run <= MAX_RUN * h) {
                int ra = Math.min(idx(a, dir, rows), idx(b, dir, rows)), rb = Math.max(idx(a, dir, rows), idx(b, dir, rows));
                Rectangle found = columns(inked, masked, width, ra, rb, x0, y0, line);
                if (found != null && insideKnown(found, known) < 0.8 && win.groundBetween(f, found) >= TEXTURE * win.flat()) return found;
            }
            near = b + 1;
            while (near < rows && rate[idx(near, dir, rows)] < core) near++;
        }
        return null;
    }

    private static int idx(int k, int dir, int rows) {
        return dir > 0 ? k : rows - 1 - k;
    }

    /**
     * Across rows [ra, rb] of the window: stretches of inked columns (gaps below the run's height) that are dense and
     * crossed by many strokes per row; joined when within 1.5 heights, the one over the searched line's columns kept.
     */
    private static Rectangle columns(boolean[] inked, boolean[] masked, int width, int ra, int rb, int x0, int y0,
                                     Rectangle line) {
        int hh = rb - ra + 1;
        // Strokes are connected: an ink pixel no other ink pixel touches is the ground's noise, and would carry a
        // stretch on into the ground column by column. Known text in these rows (a piece of this line the first read
        // found) carries the line on, but is no evidence.
        boolean[] solid = new boolean[inked.length];
        int rows = inked.length / width;
        for (int r = ra; r <= rb; r++) {
            for (int c = 0; c < width; c++) {
                if (!inked[r * width + c]) continue;
                touch:
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int rr = r + dr, cc = c + dc;
                        if ((dr == 0 && dc == 0) || rr < 0 || rr >= rows || cc < 0 || cc >= width) continue;
                        if (inked[rr * width + cc]) {
                            solid[r * width + c] = true;
                            break touch;
                        }
                    }
                }
            }
        }
        boolean[] col = new boolean[width], known = new boolean[width];
        for (int c = 0; c < width; c++) {
            for (int r = ra; r <= rb; r++) {
                col[c] |= solid[r * width + c];
                known[c] |= masked[r * width + c];
            }
        }
        List<int[]> stretches = new ArrayList<>();
        int c = 0;
        while (c < width) {
            if (!col[c]) { c++; continue; }
            int s = c, last = c, filled = 0, free = 0;
            while (c < width && (c - last <= hh || known[c])) {
                if (col[c] || known[c]) last = c;
                if (col[c] && !known[c]) filled++;
                c++;
            }
            int e = last + 1;
            for (int k = s; k < e; k++) if (!known[k]) free++;
            if (free >= 1.5 * hh && filled >= COLUMN_DENSITY * free && strokes(solid, width, ra, rb, s, e) >= STROKES * free / hh) {
                stretches.add(new int[] {s, e});
            }
            c = e;
        }
        if (stretches.isEmpty()) return null;
        // Join stretches a word space apart, then keep the group over the searched line's columns.
        List<int[]> groups = new ArrayList<>();
        for (int[] s : stretches) {
            int[] g = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (g != null && s[0] - g[1] <= 1.5 * hh) g[1] = s[1];
            else groups.add(new int[] {s[0], s[1]});
        }
        for (int[] g : groups) {
            int gx0 = x0 + g[0], gx1 = x0 + g[1];
            if (gx1 > line.x - hh && gx0 < line.x + line.width + hh) return new Rectangle(gx0, y0 + ra, gx1 - gx0, hh);
        }
        return null;
    }

    /** Ink runs crossed per row over columns [s, e), averaged over the rows. */
    private static double strokes(boolean[] inked, int width, int ra, int rb, int s, int e) {
        long runs = 0;
        for (int r = ra; r <= rb; r++) {
            boolean prev = false;
            for (int c = s; c < e; c++) {
                boolean on = inked[r * width + c];
                if (on && !prev) runs++;
                prev = on;
            }
        }
        return (double) runs / (rb - ra + 1);
    }

    private static boolean inAny(List<Rectangle> boxes, int x, int y) {
        for (Rectangle b : boxes) if (b.contains(x, y)) return true;
        return false;
    }

    private static double insideKnown(Rectangle r, List<Rectangle> known) {
        long in = 0;
        for (int y = r.y; y < r.y + r.height; y++) for (int x = r.x; x < r.x + r.width; x++) if (inAny(known, x, y)) in++;
        return (double) in / Math.max(1L, (long) r.width * r.height);
    }
}
