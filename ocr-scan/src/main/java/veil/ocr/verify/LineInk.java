package veil.ocr.verify;

import java.awt.Rectangle;

/**
 * What the glyphs of a first-read line looked like before the line was blacked out: polarity, median stroke width
 * and median contrast against their neighbourhood (measured by {@link TextLikeness#inkOf}). Letters left past the
 * end of the blackout are the same type and ink as the line; speckle and texture beside it mostly are not.
 *
 * @param stroke   median stroke width in pixels, 0 when not measured
 * @param contrast median grey-level contrast, 0 when not measured
 */
public record LineInk(Rectangle box, boolean bright, double stroke, double contrast) {

    /** How far a remnant glyph's stroke and contrast may lie from the line's (a factor either way). */
    static final double STROKE_FACTOR = 2.0;
    static final double CONTRAST_FACTOR = 1.8;

    public static LineInk unmeasured(Rectangle box) {
        return new LineInk(box, true, 0, 0);
    }

    public boolean measured() {
        return stroke > 0;
    }

    boolean matches(TextLikeness.Glyph g) {
        return g.bright() == bright
                && g.stroke() <= STROKE_FACTOR * stroke + 0.5 && g.stroke() >= stroke / STROKE_FACTOR - 0.5
                && g.contrast() <= CONTRAST_FACTOR * contrast && g.contrast() >= contrast / CONTRAST_FACTOR;
    }
}
