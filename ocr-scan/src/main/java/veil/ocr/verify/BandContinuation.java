package veil.ocr.verify;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * Whether a blacked-out line goes on past its end where no glyph can be told apart: faint text laid over
 * ultrasound speckle or lung texture, which neither the learned detector nor the glyph finder separates from what
 * lies under it, still shifts the mean grey of the line's band against the strips just above and below it. This
 * walks from each end of a first-read line in steps of two line heights and reports every step whose band differs
 * from both neighbouring strips in the same direction by more than the strips' noise allows (a gradient or an edge
 * running along the band makes the band differ from the two strips in opposite directions, and does not count).
 * Steps already blacked out are walked over. A horizontal line whose letters would stand clear of the texture at a
 * step (its contrast {@link LineEnds#SEPARABLE} times the sigma of speckle, not grain) is not walked on there: those
 * letters the glyph finder sees, and the shift is the texture's. A box with no glyphs measured in it, hardly taller
 * than wide and away from the side edges, is not walked up and down. It reads no characters and shares nothing with
 * the first read.
 */
public final class BandContinuation {

    /** Steps of this many line heights; at most MAX_STEPS of them from each end in one call. */
    static final double STEP = 2.0;
    static final int MAX_STEPS = 12;
    /** A shift smaller than this many grey levels is no text, however quiet the background. */
    static final double MIN_SHIFT = 3.0;
    /** The shift must exceed this many standard errors of the strips' mean (speckle grain taken as 3x3 px). */
    static final double SIGNIFICANCE = 4.0;
    static final int GRAIN = 9;
    /**
     * An unmeasured vertical box shorter than this many times its width is walked only within this share of the
     * frame's width from its left or right edge.
     */
    static final double STUB = 2.0;
    static final double SIDE = 0.1;

    private BandContinuation() { }

    /**
     * @param masked pixels blacked out so far, with a pixel round each (they carry nothing: left out of every mean)
     * @param ink    the line and, when measured, its glyphs' polarity: the band must shift the same way
     * @return the steps that continue the line, in frame coordinates
     */
    public static List<Rectangle> beyond(Gray8 frame, Masked masked, LineInk ink) {
        List<Rectangle> out = new ArrayList<>();
        int across = LineSteps.across(ink.box());
        if (across < 6) return out;
        boolean vertical = LineSteps.vertical(ink.box());
        // A box with no glyphs of the finder's kind in it and hardly taller than wide, inside the image (the
        // detector's box on a lung edge) gives no line to walk up and down: that would follow the anatomy's own
        // edges. Text rotated 90 degrees runs along the side edges, and a piece of it found there is walked.
        Rectangle b = ink.box();
        boolean bySide = b.x < SIDE * frame.width() || b.x + b.width > (1 - SIDE) * frame.width();
        if (!ink.measured() && vertical && b.height < STUB * b.width && !bySide) return out;
        int step = (int) Math.ceil(STEP * across);
        for (List<Rectangle> end : LineSteps.pastEnds(ink.box(), frame.width(), frame.height(), step, MAX_STEPS, across / 2)) {
            for (Rectangle seg : end) {
                Stats band = stats(frame, masked, seg);
                if (band.n() < 0.2 * seg.width * seg.height) continue;   // already blacked out: walk over it
                // Letters of the line's contrast would stand clear of this texture (speckle, not grain): the glyph
                // finder judges them (remnants), and a mean shift here is the texture's own (the edge of a fan, a
                // Doppler box). Horizontal lines only, and not on grain: rotated type, and small type, are not always
                // glyphs to the finder, and there the walk is what finds the rest of the line.
                double texture = vertical ? 0 : LineEnds.sigma(frame, masked, seg, ink.bright());
                if (ink.measured() && texture >= LineEnds.MIN_TEXTURE && ink.contrast() >= LineEnds.SEPARABLE * texture) break;
                Rectangle before = vertical ? new Rectangle(seg.x - across, seg.y, across, seg.height)
                        : new Rectangle(seg.x, seg.y - across, seg.width, across);
                Rectangle after = vertical ? new Rectangle(seg.x + seg.width, seg.y, across, seg.height)
                        : new Rectangle(seg.x, seg.y + seg.height, seg.width, across);
                Stats s1 = stats(frame, masked, before), s2 = stats(frame, masked, after);
                if (s1.n() < 16 || s2.n() < 16) break;
                double d1 = band.mean() - s1.mean(), d2 = band.mean() - s2.mean();
                double se = Math.sqrt((s1.var() + s2.var()) / 2 / Math.max(1.0, (double) band.n() / GRAIN));
                double need = Math.max(MIN_SHIFT, SIGNIFICANCE * se);
                boolean shifted = Math.signum(d1) == Math.signum(d2) && Math.abs(d1) >= need && Math.abs(d2) >= need
                        && (!ink.measured() || (d1 > 0) == ink.bright());   // the line's own ink: brighter or darker
                if (!shifted) break;
                out.add(seg);
            }
        }
        return out;
    }

    private record Stats(long n, double mean, double var) { }

    private static Stats stats(Gray8 f, Masked masked, Rectangle r) {
        Rectangle c = r.intersection(new Rectangle(0, 0, f.width(), f.height()));
        long n = 0;
        double sum = 0, sq = 0;
        for (int y = c.y; y < c.y + c.height; y++) {
            for (int x = c.x; x < c.x + c.width; x++) {
                if (masked.at(x, y)) continue;
                int v = f.at(x, y);
                n++;
                sum += v;
                sq += (double) v * v;
            }
        }
        if (n == 0) return new Stats(0, 0, 0);
        double m = sum / n;
        return new Stats(n, m, Math.max(0, sq / n - m * m));
    }
}
