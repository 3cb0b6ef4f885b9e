package veil.ocr.verify;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * Whether the end of a first-read line can be verified at all. The checks after blackout find letters left past a
 * line's end by their contrast against the background; where a faint line runs into texture noisier than its own
 * ink (6-12% grey text into an ultrasound fan), letters there cannot be told from the texture by any check Veil
 * has, and the learned detector that drew the line short did not see them either. Such a line may go on, hidden,
 * past its box: in {@code all} mode the stretch is blacked out with the line (the anatomy guard still bounds what
 * that may cost), in {@code phi} mode, where what cannot be read cannot be judged, the instance is quarantined.
 */
public final class LineEnds {

    /**
     * Letters of a contrast below this many texture sigmas cannot be told from the texture (the glyph finder wants
     * about four).
     */
    static final double SEPARABLE = 3.0;
    /** Texture below this sigma (grey levels) is grain and quantisation, which no letter of 6% contrast hides in. */
    static final double MIN_TEXTURE = 6.0;
    /** How far past each end is looked at, in line heights. */
    static final double REACH = 2.0;
    static final int MAX_STEPS = 6;
    /** Past an end the ink finders drew: the part they could not follow (a word or two into the texture). */
    static final int INK_END_STEPS = 3;

    private LineEnds() { }

    /**
     * The stretches past a line's ends where letters of the line's contrast could hide: from each end, steps of
     * {@link #REACH} line heights along the line for as long as each step is such texture (at most
     * {@link #MAX_STEPS}), stopping at the frame edge or at clear ground.
     */
    public static List<Rectangle> unverifiable(Gray8 frame, Masked masked, LineInk line) {
        return walk(frame, masked, line, false);
    }

    /**
     * The same, but only past ends where the line's own last stretch lies on clear ground and texture begins right
     * after it: the end of a line the ink finders drew, which see a faint line's glyphs on clear ground and not
     * through speckle, so that the line may go on into the texture unseen (a faint label running into an ultrasound
     * fan). An end they drew inside texture, where they did follow the ink, is taken as the line's end.
     */
    public static List<Rectangle> pastInkEnds(Gray8 frame, Masked masked, LineInk line) {
        return walk(frame, masked, line, true);
    }

    private static List<Rectangle> walk(Gray8 frame, Masked masked, LineInk line, boolean onlyFromClearEnds) {
        List<Rectangle> out = new ArrayList<>();
        if (!line.measured()) return out;
        int across = LineSteps.across(line.box());
        int reach = (int) Math.ceil(REACH * across);
        boolean vertical = LineSteps.vertical(line.box());
        Rectangle b = line.box();
        // A step shorter than a height has no room for a letter and its gap.
        int steps = onlyFromClearEnds ? INK_END_STEPS : MAX_STEPS;
        List<List<Rectangle>> ends = LineSteps.pastEnds(line.box(), frame.width(), frame.height(), reach, steps, across);
        for (int k = 0; k < ends.size(); k++) {
            List<Rectangle> end = ends.get(k);
            boolean start = k == 0;   // pastEnds: the start's steps, then the end's
            if (onlyFromClearEnds) {
                int len = Math.min(across, vertical ? b.height : b.width);
                Rectangle last = vertical
                        ? new Rectangle(b.x, start ? b.y : b.y + b.height - len, b.width, len)
                        : new Rectangle(start ? b.x : b.x + b.width - len, b.y, len, b.height);
                double inside = sigma(frame, Masked.nothing(frame.width()), last.intersection(new Rectangle(0, 0, frame.width(), frame.height())), line.bright());
                if (inside < 0 || inside >= MIN_TEXTURE) continue;
            }
            for (Rectangle e : end) {
                double sigma = sigma(frame, masked, e, line.bright());
                if (sigma < MIN_TEXTURE || line.contrast() >= SEPARABLE * sigma) break;
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Texture noise in a stretch at the scale of letters: each pixel's difference from the mean of its 5x5
     * neighbourhood, spread on the side away from the line's ink (for bright letters, median minus lower quartile of
     * the differences), as a Gaussian sigma. Letters left on a clean background push their neighbours only a little
     * that way; a box or anatomy edge moves too few pixels to shift a quartile; speckle and texture move them all.
     * -1 when too little of the stretch is uncovered to judge.
     */
    static double sigma(Gray8 f, Masked masked, Rectangle r, boolean brightInk) {
        int n = 0;
        int[] hist = new int[511];
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (masked.at(x, y)) continue;
                int sum = 0, cnt = 0;
                for (int yy = Math.max(0, y - 2); yy <= Math.min(f.height() - 1, y + 2); yy++) {
                    for (int xx = Math.max(0, x - 2); xx <= Math.min(f.width() - 1, x + 2); xx++) {
                        if (masked.at(xx, yy)) continue;
                        sum += f.at(xx, yy);
                        cnt++;
                    }
                }
                hist[255 + (int) Math.round(f.at(x, y) - (double) sum / cnt)]++;
                n++;
            }
        }
        if (n < 0.3 * r.width * r.height) return -1;
        int median = percentile(hist, n, 0.5), quartile = percentile(hist, n, brightInk ? 0.25 : 0.75);
        return Math.abs(median - quartile) / 0.6745;
    }

    private static int percentile(int[] hist, int n, double q) {
        long want = (long) Math.ceil(q * n), acc = 0;
        for (int v = 0; v < hist.length; v++) {
            acc += hist[v];
            if (acc >= want) return v;
        }
        return hist.length - 1;
    }
}
