package veil.ocr.faint;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * Text lines found by their ink alone: a modality writes a burned-in annotation at one pixel value, so each glyph's
 * strokes are a run of exactly equal pixels, however faint the value is against its background and however noisy
 * that background (ultrasound speckle, film grain). Neither the learned detector nor the contrast-based finder sees
 * such text whole when it is 6-12% grey laid over speckle; equal-valued strokes stand out there because speckle and
 * anatomy almost never repeat one value over a glyph-sized, stroke-thin shape.
 *
 * <p>Glyphs are the 4-connected sets of equal pixels that are glyph-sized, thin (tall against their stroke width) and
 * neither black nor white (saturation and flat ground are not ink); a line is at least {@link #MIN_GLYPHS} glyphs of
 * one value, of like height, their tops and bottoms in one band, each within {@link #GAP} heights of the next. Reads
 * no characters. Horizontal lines only; rotated text is left to the other detectors.
 */
public final class ConstantInkLines {

    /** Glyph heights looked for, in rendered px. */
    static final int MIN_HEIGHT = 7;
    static final int MAX_HEIGHT = 64;
    static final int MIN_AREA = 8;
    /** A glyph is at least this many stroke widths tall (a blob of speckle or a fragment of a grey band is not). */
    static final double TALL = 2.5;
    /**
     * Largest gap to the next glyph of a line, in glyph heights (a word space). Curved letters whose anti-aliased
     * strokes break into pieces too small to count (O, S, 9) can split a line into words; 2.0 would bridge them but
     * chains the tick marks of an ultrasound depth scale into lines (seeds 20261204-06).
     */
    static final double GAP = 1.2;
    static final int MIN_GLYPHS = 3;
    /** Glyphs of one line: heights within this factor of each other, tops within this share of the height. */
    static final double HEIGHTS = 1.6;
    static final double ALIGN = 0.3;
    /** Mean grey step across a glyph's boundary, at least. */
    static final int EDGE = 4;
    /** Ints kept per component: box (4), area, boundary sides, summed step, value. */
    private static final int STATS = 8;

    private ConstantInkLines() { }

    /** Where a line's glyphs are; {@code value} is the grey they are written at. */
    public record Line(Rectangle box, int value, int glyphs) { }

    public static List<Line> find(Gray8 frame) {
        return lines(glyphs(frame));
    }

    /**
     * The first read's lines of one frame completed with this finder's: a constant-ink line in the band of a first-read
     * line, touching it or within a gap of it, is joined to it (the rest of a faint line the learned detector drew
     * short, over speckle); a constant-ink line near none is a line of its own.
     *
     * @param lines  the completed lines (first-read order, then the new ones)
     * @param agreed constant-ink lines that joined a first-read line, and first-read lines grown by
     *               {@link InkExtension}: the learned detector saw part of the line and an ink finder the rest at the
     *               line's own value, so the anatomy guard may count it as text
     */
    public record Completion(List<Rectangle> lines, List<Rectangle> added, List<Rectangle> agreed) { }

    /** @param margin what a glyph box is grown by before it is blacked out (anti-aliased edges reach past the ink) */
    public static Completion complete(Gray8 frame, List<Rectangle> firstRead,
                                      java.util.function.UnaryOperator<Rectangle> margin) {
        List<Rectangle> lines = new ArrayList<>(firstRead);
        List<Rectangle> agreed = new ArrayList<>();
        List<Rectangle> waiting = new ArrayList<>();
        for (Line l : find(frame)) waiting.add(margin.apply(l.box()));
        // Words of one faint line join a first-read line one after another as it grows towards them.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (java.util.Iterator<Rectangle> it = waiting.iterator(); it.hasNext(); ) {
                Rectangle box = it.next();
                boolean joined = false;
                for (int i = 0; i < firstRead.size(); i++) {
                    if (!sameBand(lines.get(i), box)) continue;
                    lines.set(i, lines.get(i).union(box));
                    joined = true;
                }
                if (joined) {
                    agreed.add(box);
                    it.remove();
                    grew = true;
                }
            }
        }
        // Lines still short of their glyphs: followed along their band at their own ink level.
        for (int i = 0; i < firstRead.size(); i++) {
            Rectangle l = lines.get(i);
            Rectangle reach = InkExtension.extend(frame, l);
            if (reach == l || l.contains(reach)) continue;
            Rectangle grown = l.union(margin.apply(reach));
            lines.set(i, grown);
            agreed.add(grown);
        }
        List<Rectangle> added = new ArrayList<>(waiting);
        lines.addAll(added);
        return new Completion(lines, added, agreed);
    }

    /** Two horizontal boxes on one text line: most of the lower one's height shared, and no more than a gap apart. */
    static boolean sameBand(Rectangle a, Rectangle b) {
        int top = Math.max(a.y, b.y), bottom = Math.min(a.y + a.height, b.y + b.height);
        int hMin = Math.min(a.height, b.height);
        if (bottom - top < 0.5 * hMin) return false;
        int gap = Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width);
        return gap <= GAP * Math.max(a.height, b.height);
    }

    record Glyph(int x0, int y0, int x1, int y1, int value, int area) {
        int height() {
            return y1 - y0 + 1;
        }
    }

    /**
     * The glyph-shaped 4-connected runs of one exact value (a tolerance of a level or two was tried and chains speckle
     * into the strokes; {@link InkExtension} uses one inside a known line's band only). Components are numbered by
     * their root (the smallest pixel index in them); 0 and 255 are never ink.
     */
    static List<Glyph> glyphs(Gray8 f) {
        int w = f.width(), h = f.height();
        byte[] px = f.pixels(), key = px;
        int[] parent = new int[w * h];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int p = row + x;
                if (x > 0 && key[p] == key[p - 1]) union(parent, p, p - 1);
                if (y > 0 && key[p] == key[p - w]) union(parent, p, p - w);
            }
        }
        // Per component: box, area, boundary sides, and the grey step summed across them; a component's slot in the
        // stats array is assigned when its first counted pixel is met.
        int[] slot = new int[w * h];
        java.util.Arrays.fill(slot, -1);
        int[] st = new int[8 * 1024];
        int used = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                int k0 = key[p] & 0xff;
                if (k0 == 0 || k0 == 255) continue;
                int v = px[p] & 0xff;
                if (alone(key, p, x, y, w, h)) continue;   // a pixel no neighbour repeats: most of a noisy frame
                int r = find(parent, p);
                int k = slot[r];
                if (k < 0) {
                    if ((used + 1) * STATS > st.length) st = java.util.Arrays.copyOf(st, st.length * 2);
                    k = slot[r] = used++;
                    int b = k * STATS;
                    st[b] = Integer.MAX_VALUE;
                    st[b + 1] = Integer.MAX_VALUE;
                    st[b + 2] = -1;
                    st[b + 3] = -1;
                    st[b + 7] = k0;
                }
                int b = k * STATS;
                if (x < st[b]) st[b] = x;
                if (y < st[b + 1]) st[b + 1] = y;
                if (x > st[b + 2]) st[b + 2] = x;
                if (y > st[b + 3]) st[b + 3] = y;
                st[b + 4]++;
                if (x == 0 || key[p - 1] != key[p]) side(st, b, x == 0 ? -1 : px[p - 1] & 0xff, v);
                if (x == w - 1 || key[p + 1] != key[p]) side(st, b, x == w - 1 ? -1 : px[p + 1] & 0xff, v);
                if (y == 0 || key[p - w] != key[p]) side(st, b, y == 0 ? -1 : px[p - w] & 0xff, v);
                if (y == h - 1 || key[p + w] != key[p]) side(st, b, y == h - 1 ? -1 : px[p + w] & 0xff, v);
            }
        }
        List<Glyph> out = new ArrayList<>();
        for (int k = 0; k < used; k++) {
            int b = k * STATS;
            int[] s = {st[b], st[b + 1], st[b + 2], st[b + 3], st[b + 4], st[b + 5], st[b + 6]};
            if (s[4] < MIN_AREA) continue;
            int gh = s[3] - s[1] + 1, gw = s[2] - s[0] + 1;
            if (gh < MIN_HEIGHT || gh > MAX_HEIGHT || gw > 2 * gh) continue;
            // Stroke width of a thin shape: twice its area over its boundary length.
            double stroke = 2.0 * s[4] / s[5];
            if (gh < TALL * stroke) continue;
            // Ink has an edge: a band of a smooth grey ramp (a colour map, a gradient) steps one or two levels.
            if (s[6] < EDGE * s[5]) continue;
            out.add(new Glyph(s[0], s[1], s[2], s[3], st[b + 7], s[4]));
        }
        return out;
    }

    /** No 4-neighbour has the pixel's value: a component of its own, never a glyph (checked before any lookup). */
    private static boolean alone(byte[] px, int p, int x, int y, int w, int h) {
        byte v = px[p];
        return (x == w - 1 || px[p + 1] != v) && (y == h - 1 || px[p + w] != v)
                && (x == 0 || px[p - 1] != v) && (y == 0 || px[p - w] != v);
    }

    private static void side(int[] st, int b, int outside, int inside) {
        st[b + 5]++;
        st[b + 6] += outside < 0 ? EDGE : Math.abs(outside - inside);   // the frame's edge: no step to measure
    }

    /** Glyphs chained into lines: same value, like height, one band, small gaps. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> g = new ArrayList<>(glyphs);
        g.sort((a, b) -> a.value() != b.value() ? Integer.compare(a.value(), b.value()) : Integer.compare(a.x0(), b.x0()));
        int n = g.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            Glyph a = g.get(i);
            for (int j = i + 1; j < n; j++) {
                Glyph b = g.get(j);
                if (b.value() != a.value()) break;
                double hMax = Math.max(a.height(), b.height());
                if (b.x0() - a.x1() > GAP * hMax) break;   // sorted by left edge: no later glyph is nearer
                if (hMax > HEIGHTS * Math.min(a.height(), b.height())) continue;
                if (Math.abs(a.y0() - b.y0()) > ALIGN * hMax && Math.abs(a.y1() - b.y1()) > ALIGN * hMax) continue;
                union(parent, i, j);
            }
        }
        java.util.Map<Integer, List<Glyph>> chains = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) chains.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(g.get(i));
        List<Line> out = new ArrayList<>();
        for (List<Glyph> c : chains.values()) {
            if (c.size() < MIN_GLYPHS) continue;
            int lx0 = Integer.MAX_VALUE, ly0 = Integer.MAX_VALUE, lx1 = -1, ly1 = -1;
            for (Glyph q : c) {
                lx0 = Math.min(lx0, q.x0());
                ly0 = Math.min(ly0, q.y0());
                lx1 = Math.max(lx1, q.x1());
                ly1 = Math.max(ly1, q.y1());
            }
            Rectangle box = new Rectangle(lx0, ly0, lx1 - lx0 + 1, ly1 - ly0 + 1);
            if (box.width < 1.5 * box.height) continue;
            out.add(new Line(box, c.get(0).value(), c.size()));
        }
        out.sort((a, b) -> a.box().y != b.box().y ? Integer.compare(a.box().y, b.box().y) : Integer.compare(a.box().x, b.box().x));
        return out;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
