package veil.ocr.verify;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * A classical text finder that reads no characters and shares nothing with the learned detector or Tesseract:
 * it judges regions by shape, stroke and layout. Ink is whatever stands out from its neighbourhood by several
 * times the frame's own noise (either polarity); a connected piece of ink is a glyph when it is glyph-sized,
 * thin-stroked (stroke width from area over half the boundary) and neither solid nor a long line; glyphs of
 * similar height and stroke that sit side by side on one line (or one column, for text rotated along an edge)
 * form a text line. Speckle and grain give blobs (thick strokes, solid fill) in clutter; anatomy gives long
 * edges; neither lines up into rows of similar thin glyphs standing alone on a background.
 */
public final class TextLikeness {

    static final int RADIUS = 12;
    static final int MIN_GLYPH = 7;
    static final int MAX_GLYPH = 72;
    static final int MIN_GLYPHS_PER_LINE = 3;
    /** Ink must stand out by this many noise sigmas, and by at least MIN_STEP grey levels. */
    static final double SIGMAS = 4.0;
    static final int MIN_STEP = 6;
    /**
     * Hysteresis: pixels past this share of the step join a glyph started by ink past the full step. Faint serif type
     * has one-pixel stems whose anti-aliased joins fall under the step; without the weaker pixels every letter falls
     * apart into stems too thin and solid to be glyphs.
     */
    static final double WEAK_SHARE = 0.7;
    static final int JOINED_MIN_GLYPHS = 5;
    static final int JOINED_MIN_HEIGHT = 9;
    /** Share of the same-polarity ink on the line's own band, and all round it, that the line must hold. */
    static final double BAND_SHARE = 0.7;
    static final double NEAR_SHARE = 0.45;

    private TextLikeness() { }

    /** A glyph candidate: bounds, ink area, boundary length, polarity. */
    /** @param contrast mean grey-level difference of the glyph's pixels from their neighbourhood */
    record Glyph(int x, int y, int w, int h, int area, int boundary, boolean bright, double contrast) {
        double stroke() {
            return 2.0 * area / Math.max(1, boundary);
        }
    }

    /**
     * Text-like regions in the frame.
     *
     * @param masked areas to leave out (fresh blackouts: their edges are not text, and nothing is under them)
     */
    public static List<Rectangle> find(Gray8 frame, List<Rectangle> masked) {
        return find(pieces(frame, masked));
    }

    /** Text-like regions in a frame's ink ({@link #pieces}, measured once for this and {@link #remnants}). */
    public static List<Rectangle> find(Pieces pieces) {
        List<Glyph> all = pieces.strong();
        List<Glyph> glyphs = all.stream().filter(TextLikeness::glyphShaped).toList();
        List<Rectangle> out = new ArrayList<>(lines(glyphs, all, false, true));
        out.addAll(lines(glyphs, all, true, true));
        // Faint thin-stemmed type falls apart at the full step; read again with hysteresis, horizontal lines only
        // (the joined pieces of vertical edges line up in columns as often as text does), where nothing was found.
        List<Glyph> joined = pieces.joined();
        List<Glyph> joinedGlyphs = joined.stream().filter(TextLikeness::glyphShaped).toList();
        for (Rectangle r : lines(joinedGlyphs, joined, false, true)) {
            // A line of a word or more: short rows of small blobs are what grain gives once its pieces are joined.
            long inside = joinedGlyphs.stream().filter(g -> r.contains(g.x() + g.w() / 2.0, g.y() + g.h() / 2.0)).count();
            if (inside < JOINED_MIN_GLYPHS || r.height < JOINED_MIN_HEIGHT) continue;
            if (out.stream().noneMatch(o -> o.intersects(r))) out.add(r);
        }
        return out;
    }

    /** Share of a box's length its glyph lines must span, and of its same-polarity ink they must hold. */
    static final double CONFIRM_SPAN = 0.5;
    static final double CONFIRM_INK = 0.6;

    /**
     * Whether a line box the first read found holds a line of text by this finder's own measures, judged on the box
     * and a small margin alone: ink against the box's own neighbourhood and noise, at least three thin-stroked glyphs
     * of one polarity side by side along the box, spanning at least half its length and holding most of its ink.
     * {@link #find} judges lines against the whole frame and leaves out text laid over speckle or beside the next
     * line of a block; this test is told where to look (by the first read) but decides by shape, stroke and layout
     * alone, so a box drawn on anatomy (edges, speckle, texture: long or thick or cluttered ink) is not confirmed.
     * The anatomy guard counts confirmed lines as text, however much of a small frame they fill.
     */
    public static boolean confirms(Gray8 frame, Rectangle box) {
        boolean vertical = box.height > box.width;
        int across = vertical ? box.width : box.height, along = vertical ? box.height : box.width;
        if (along < 2 * across) return false;   // too short to show a line of three glyphs
        Crop c = crop(frame, box);
        if (c == null) return false;
        Rectangle inner = c.inner();
        List<Glyph> all = components(c.frame(), List.of());
        List<Glyph> glyphs = all.stream().filter(TextLikeness::glyphShaped)
                .filter(g -> inner.contains(g.x() + g.w() / 2.0, g.y() + g.h() / 2.0)).toList();
        for (boolean bright : new boolean[] {true, false}) {
            List<Glyph> one = glyphs.stream().filter(g -> g.bright() == bright).toList();
            List<Rectangle> lines = lines(one, all, vertical, false);
            if (lines.isEmpty()) continue;
            long lineInk = 0, boxInk = 0;
            int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
            for (Rectangle l : lines) {
                lo = Math.min(lo, vertical ? l.y : l.x);
                hi = Math.max(hi, vertical ? l.y + l.height : l.x + l.width);
            }
            for (Glyph g : all) {
                if (g.bright() != bright || !inner.contains(g.x() + g.w() / 2.0, g.y() + g.h() / 2.0)) continue;
                boxInk += g.area();
                Rectangle r = new Rectangle(g.x(), g.y(), g.w(), g.h());
                if (glyphs.contains(g) && lines.stream().anyMatch(l -> l.contains(r))) lineInk += g.area();
            }
            if (hi - lo >= CONFIRM_SPAN * along && lineInk >= CONFIRM_INK * boxInk) return true;
        }
        return false;
    }

    /**
     * Glyphs that continue a blacked-out line past its end: the rest of a line whose box was drawn too short. One or
     * two leftover letters are no line of three, so {@link #find} does not report them, but they are the part of a
     * name or date that was not covered. A glyph continues a box when it lies on the box's band (most of its height
     * inside the box's extent across the line, at least 0.4 of the box's height), within 1.5 heights of its end, or
     * of a glyph that does; horizontal and vertical (rotated) boxes alike.
     */
    public static List<Rectangle> remnants(Gray8 frame, List<Rectangle> blackedOut, List<LineInk> lines) {
        return remnants(pieces(frame, blackedOut), lines);
    }

    /** {@link #remnants(Gray8, List, List)} on ink already measured with the blackouts left out. */
    public static List<Rectangle> remnants(Pieces pieces, List<LineInk> lines) {
        List<Glyph> all = pieces.strong();
        List<Glyph> glyphs = all.stream().filter(TextLikeness::glyphShaped).toList();
        List<Rectangle> out = new ArrayList<>();
        for (LineInk line : lines) {
            Rectangle box = line.box();
            for (boolean vertical : new boolean[] {false, true}) {
                int across = vertical ? box.width : box.height;
                if ((vertical ? box.height : box.width) < across) continue;   // not a line in this direction
                if (line.measured()) {
                    // Letters like the line's own (polarity, stroke, contrast), wherever they stand: speckle beside
                    // bright text is fainter and blotchier than the text, so it does not continue the line; speckle
                    // as faint as the text does, and a blackout that then grows too large is a quarantine.
                    List<Glyph> like = glyphs.stream().filter(line::matches).toList();
                    for (Glyph g : chain(box, vertical, line.bright(), like)) out.add(new Rectangle(g.x(), g.y(), g.w(), g.h()));
                    continue;
                }
                for (boolean bright : new boolean[] {true, false}) {
                    List<Glyph> chain = chain(box, vertical, bright, glyphs);
                    if (!chain.isEmpty() && clearBand(chain, vertical, across, bright, all)) {
                        for (Glyph g : chain) out.add(new Rectangle(g.x(), g.y(), g.w(), g.h()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What a first-read line's glyphs look like before it is blacked out, measured on the box and a small margin
     * ({@link LineInk#UNMEASURED} when no glyphs of this finder's kind are found in it).
     */
    public static LineInk inkOf(Gray8 frame, Rectangle box) {
        Crop c = crop(frame, box);
        if (c == null) return LineInk.unmeasured(box);
        List<Glyph> glyphs = components(c.frame(), List.of()).stream().filter(TextLikeness::glyphShaped)
                .filter(g -> c.inner().contains(g.x() + g.w() / 2.0, g.y() + g.h() / 2.0)).toList();
        long brightArea = glyphs.stream().filter(Glyph::bright).mapToLong(Glyph::area).sum();
        long darkArea = glyphs.stream().filter(g -> !g.bright()).mapToLong(Glyph::area).sum();
        boolean bright = brightArea >= darkArea;
        List<Glyph> one = glyphs.stream().filter(g -> g.bright() == bright).toList();
        if (one.size() < 2) return LineInk.unmeasured(box);
        double[] stroke = one.stream().mapToDouble(Glyph::stroke).toArray();
        double[] contrast = one.stream().mapToDouble(Glyph::contrast).toArray();
        return new LineInk(box, bright, median(stroke), median(contrast));
    }

    /** A box with a margin of a third of its height, copied out of the frame, and the box in the copy's coordinates. */
    private record Crop(Gray8 frame, Rectangle inner) { }

    private static Crop crop(Gray8 frame, Rectangle box) {
        int across = Math.min(box.width, box.height);
        int pad = Math.max(3, across / 3);
        Rectangle crop = new Rectangle(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad)
                .intersection(new Rectangle(0, 0, frame.width(), frame.height()));
        if (crop.isEmpty()) return null;
        byte[] px = new byte[crop.width * crop.height];
        for (int y = 0; y < crop.height; y++) {
            System.arraycopy(frame.pixels(), (crop.y + y) * frame.width() + crop.x, px, y * crop.width, crop.width);
        }
        return new Crop(new Gray8(crop.width, crop.height, px),
                new Rectangle(box.x - crop.x, box.y - crop.y, box.width, box.height));
    }

    /** Glyphs of one polarity on the box's band, each within 1.5 heights of the box's end or of a glyph that is. */
    private static List<Glyph> chain(Rectangle box, boolean vertical, boolean bright, List<Glyph> glyphs) {
        int across = vertical ? box.width : box.height;
        Rectangle reach = new Rectangle(box);
        List<Glyph> found = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            int m = (int) Math.ceil(1.5 * across);
            Rectangle zone = vertical ? new Rectangle(reach.x, reach.y - m, reach.width, reach.height + 2 * m)
                    : new Rectangle(reach.x - m, reach.y, reach.width + 2 * m, reach.height);
            for (Glyph g : glyphs) {
                if (g.bright() != bright) continue;
                Rectangle r = new Rectangle(g.x(), g.y(), g.w(), g.h());
                if (reach.contains(r) || found.contains(g) || !zone.intersects(r)) continue;
                int gAcross = vertical ? g.w() : g.h();
                int overlap = vertical ? Math.min(r.x + r.width, box.x + box.width) - Math.max(r.x, box.x)
                        : Math.min(r.y + r.height, box.y + box.height) - Math.max(r.y, box.y);
                if (gAcross < 0.4 * across || gAcross > 1.3 * across || overlap < 0.7 * gAcross) continue;
                found.add(g);
                reach = reach.union(r);
                grew = true;
            }
        }
        return found;
    }

    /**
     * Left-over letters stand on a clear background, like any text ({@link #standsAlone}): on the stretch of band
     * they occupy (prolonged by most of a height at both ends) they hold most of the ink of their polarity. Speckle
     * and texture next to a blackout also give glyph-sized blobs on the band, among many others that are not.
     */
    private static boolean clearBand(List<Glyph> chain, boolean vertical, int across, boolean bright, List<Glyph> all) {
        Rectangle u = null;
        long ink = 0;
        for (Glyph g : chain) {
            Rectangle r = new Rectangle(g.x(), g.y(), g.w(), g.h());
            u = u == null ? r : u.union(r);
            ink += g.area();
        }
        int m = (int) Math.ceil(0.8 * across);
        Rectangle band = vertical ? new Rectangle(u.x, u.y - m, u.width, u.height + 2 * m)
                : new Rectangle(u.x - m, u.y, u.width + 2 * m, u.height);
        long onBand = 0;
        for (Glyph g : all) {
            if (g.bright() == bright && band.contains(g.x() + g.w() / 2.0, g.y() + g.h() / 2.0)) onBand += g.area();
        }
        return ink >= BAND_SHARE * onBand;
    }

    private static List<Glyph> components(Gray8 frame, List<Rectangle> masked) {
        return pieces(frame, masked).strong();
    }

    /**
     * The frame's ink with the masked areas (grown by 2 px) left out: what stands {@link #SIGMAS} noise sigmas from
     * its neighbourhood mean, and weaker ink past {@link #WEAK_SHARE} of that step for the hysteresis pass. Measure
     * it once per frame and mask, and hand it to {@link #find(Pieces)} and {@link #remnants(Pieces, List)}.
     */
    public static Pieces pieces(Gray8 frame, List<Rectangle> masked) {
        int w = frame.width(), h = frame.height();
        byte[] px = frame.pixels();
        boolean[] mask = new boolean[w * h];
        for (Rectangle r : masked) {
            Rectangle m = new Rectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4).intersection(new Rectangle(0, 0, w, h));
            if (m.isEmpty()) continue;   // a blackout elsewhere than this (cropped) frame
            for (int y = m.y; y < m.y + m.height; y++) Arrays.fill(mask, y * w + m.x, y * w + m.x + m.width, true);
        }
        int[] mean = localMean(px, mask, w, h);
        int step = (int) Math.max(MIN_STEP, Math.ceil(SIGMAS * noiseSigma(px, mask, w, h)));
        int weak = (int) Math.ceil(step * WEAK_SHARE);
        byte[] ink = new byte[w * h];
        byte[] diff = new byte[w * h];
        for (int i = 0; i < ink.length; i++) {
            if (mask[i]) continue;
            int d = (px[i] & 0xff) - mean[i];
            if (d >= step) ink[i] = 1;
            else if (d <= -step) ink[i] = 2;
            else if (d >= weak) ink[i] = 3;
            else if (d <= -weak) ink[i] = 4;
            diff[i] = (byte) Math.min(255, Math.abs(d));
        }
        return new Pieces(ink, diff, w, h);
    }

    static boolean glyphShaped(Glyph g) {
        int major = Math.max(g.w(), g.h()), minor = Math.min(g.w(), g.h());
        if (major < MIN_GLYPH || major > MAX_GLYPH) return false;
        if (minor < 2 && major < 12) return false;
        double fill = (double) g.area() / (g.w() * g.h());
        if (fill < 0.1 || fill > 0.85) return false;
        double sw = g.stroke();
        // Glyph strokes are thin against the glyph's size; speckle blobs are about as thick as they are wide.
        return sw >= 0.8 && sw <= Math.max(2.0, major / 3.5) && sw <= minor / 1.6 + 0.5;
    }

    /**
     * Groups glyphs into lines along x (or along y when {@code vertical}).
     *
     * @param alone whether a line must also stand alone in the frame ({@link #standsAlone}); {@link #confirms} judges
     *              a box on its own and checks clutter inside it instead
     */
    static List<Rectangle> lines(List<Glyph> glyphs, List<Glyph> all, boolean vertical, boolean alone) {
        int n = glyphs.size();
        // In line coordinates: u along the line, v across it.
        int[] u0 = new int[n], u1 = new int[n], v0 = new int[n], v1 = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            u0[i] = vertical ? g.y() : g.x();
            u1[i] = u0[i] + (vertical ? g.h() : g.w());
            v0[i] = vertical ? g.x() : g.y();
            v1[i] = v0[i] + (vertical ? g.w() : g.h());
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(u0[a], u0[b]));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int oi = 0; oi < n; oi++) {
            int a = order[oi];
            int ha = v1[a] - v0[a];
            for (int oj = oi + 1; oj < n; oj++) {
                int b = order[oj];
                int hb = v1[b] - v0[b];
                int gap = u0[b] - u1[a];
                if (u0[b] - u1[a] > 2 * Math.max(ha, hb) && u0[b] > u1[a] + 2 * MAX_GLYPH) break;
                if (gap > 1.2 * Math.max(ha, hb) || gap < -0.4 * Math.min(u1[a] - u0[a], u1[b] - u0[b])) continue;
                if (Math.max(ha, hb) > 1.8 * Math.min(ha, hb)) continue;
                int overlap = Math.min(v1[a], v1[b]) - Math.max(v0[a], v0[b]);
                if (overlap < 0.6 * Math.min(ha, hb)) continue;
                Glyph ga = glyphs.get(a), gb = glyphs.get(b);
                if (ga.bright() != gb.bright()) continue;
                double sa = ga.stroke(), sb = gb.stroke();
                if (Math.max(sa, sb) > 2.2 * Math.min(sa, sb) + 0.5) continue;
                union(parent, a, b);
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (groupOf[r] < 0) {
                groupOf[r] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[r]).add(i);
        }
        List<Rectangle> out = new ArrayList<>();
        for (List<Integer> gr : groups) {
            // Rotated labels along an edge are long (names, dates); three blobs in a column is speckle as often as text.
            if (gr.size() < MIN_GLYPHS_PER_LINE + (vertical ? 1 : 0)) continue;
            Rectangle box = null;
            long inkArea = 0;
            double[] centres = new double[gr.size()];
            double[] heights = new double[gr.size()];
            double[] aspect = new double[gr.size()];
            for (int k = 0; k < gr.size(); k++) {
                Glyph g = glyphs.get(gr.get(k));
                Rectangle r = new Rectangle(g.x(), g.y(), g.w(), g.h());
                box = box == null ? r : box.union(r);
                inkArea += g.area();
                centres[k] = (v0[gr.get(k)] + v1[gr.get(k)]) / 2.0;
                heights[k] = v1[gr.get(k)] - v0[gr.get(k)];
                aspect[k] = (u1[gr.get(k)] - u0[gr.get(k)]) / heights[k];
            }
            // Glyphs are about as wide as tall (a few merged ones wider); an edge broken into pieces gives
            // fragments long along the line and thin across it, touching end to end.
            if (median(aspect) > 1.6 || gaps(gr, u0, u1) < (gr.size() - 1) / 3) continue;
            double medH = median(heights);
            if (spread(centres) > 0.22 * medH) continue;
            if (alone && !standsAlone(box, inkArea, medH, glyphs.get(gr.get(0)).bright(), vertical, all)) continue;
            out.add(box);
        }
        return out;
    }

    /**
     * Text sits on a background; speckle glyph look-alikes sit among many other blobs. Within the line's band (its
     * extent across the line, prolonged by most of a height at both ends) the line's own glyphs must hold most of
     * the ink of their polarity, and a good share of it all round: the next line of a block, or an ultrasound fan
     * just below a banner, lies beside the line, not on it, while speckle that happens to line up has clutter on its
     * own band and all round.
     */
    static boolean standsAlone(Rectangle line, long lineInk, double h, boolean bright, boolean vertical, List<Glyph> all) {
        int m = (int) Math.ceil(h * 0.8);
        Rectangle band = vertical ? new Rectangle(line.x, line.y - m, line.width, line.height + 2 * m)
                : new Rectangle(line.x - m, line.y, line.width + 2 * m, line.height);
        Rectangle around = new Rectangle(line.x - m, line.y - m, line.width + 2 * m, line.height + 2 * m);
        long onBand = 0, near = 0;
        for (Glyph g : all) {
            // The other polarity is the halo the line itself leaves in the local mean, not clutter.
            if (g.bright() != bright) continue;
            if (band.contains(g.x() + g.w() / 2.0, g.y() + g.h() / 2.0)) onBand += g.area();
            if (around.intersects(new Rectangle(g.x(), g.y(), g.w(), g.h()))) near += g.area();
        }
        return lineInk >= BAND_SHARE * onBand && lineInk >= NEAR_SHARE * near;
    }

    /** How many neighbours along the line have a gap between them. */
    private static int gaps(List<Integer> group, int[] u0, int[] u1) {
        List<Integer> g = new ArrayList<>(group);
        g.sort((a, b) -> Integer.compare(u0[a], u0[b]));
        int n = 0;
        for (int k = 1; k < g.size(); k++) {
            int a = g.get(k - 1), b = g.get(k);
            // Kerned and italic faces overlap their neighbours' boxes a little; edge fragments meet end to end.
            int slack = Math.min(u1[a] - u0[a], u1[b] - u0[b]) / 5;
            if (u0[b] > u1[a] - slack) n++;
        }
        return n;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static double spread(double[] v) {
        double m = 0;
        for (double x : v) m += x;
        m /= v.length;
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / v.length);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    /**
     * Box mean over unmasked pixels (masked pixels take the value of their surroundings; a window with none keeps the
     * pixel's own value): column sums over the window's rows slid down the frame, a running sum along each row.
     */
    static int[] localMean(byte[] px, boolean[] mask, int w, int h) {
        int[] colSum = new int[w], colCnt = new int[w];
        for (int y = 0; y <= Math.min(h - 1, RADIUS); y++) addRow(px, mask, w, y, 1, colSum, colCnt);
        int[] mean = new int[w * h];
        for (int y = 0; y < h; y++) {
            if (y > 0) {
                if (y + RADIUS < h) addRow(px, mask, w, y + RADIUS, 1, colSum, colCnt);
                if (y - RADIUS - 1 >= 0) addRow(px, mask, w, y - RADIUS - 1, -1, colSum, colCnt);
            }
            int s = 0, n = 0;
            for (int x = 0; x <= Math.min(w - 1, RADIUS); x++) {
                s += colSum[x];
                n += colCnt[x];
            }
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (x > 0) {
                    int in = x + RADIUS, out = x - RADIUS - 1;
                    if (in < w) {
                        s += colSum[in];
                        n += colCnt[in];
                    }
                    if (out >= 0) {
                        s -= colSum[out];
                        n -= colCnt[out];
                    }
                }
                mean[row + x] = n == 0 ? (px[row + x] & 0xff) : s / n;
            }
        }
        return mean;
    }

    private static void addRow(byte[] px, boolean[] mask, int w, int y, int sign, int[] colSum, int[] colCnt) {
        int row = y * w;
        for (int x = 0; x < w; x++) {
            if (mask[row + x]) continue;
            colSum[x] += sign * (px[row + x] & 0xff);
            colCnt[x] += sign;
        }
    }

    /**
     * The frame's pixel noise: median absolute difference of horizontal neighbours (robust to edges and
     * text, which are a small share of pixels), scaled to a Gaussian sigma.
     */
    static double noiseSigma(byte[] px, boolean[] mask, int w, int h) {
        int[] hist = new int[256];
        long n = 0;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x + 1 < w; x++) {
                int i = y * w + x;
                if (mask[i] || mask[i + 1]) continue;
                hist[Math.abs((px[i] & 0xff) - (px[i + 1] & 0xff))]++;
                n++;
            }
        }
        long half = n / 2, acc = 0;
        int med = 0;
        for (; med < 256; med++) {
            acc += hist[med];
            if (acc > half) break;
        }
        return 1.4826 * med / Math.sqrt(2);
    }
}
