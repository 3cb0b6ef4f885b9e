package veil.ocr.learned;

import java.awt.Rectangle;

/**
 * A text line the learned detector found, in frame coordinates, with its mean probability.
 *
 * @param box  the line as DB post-processing gives it (the thresholded core grown by the unclip distance)
 * @param core the thresholded probability region itself: the middle of the glyphs, where their contrast is measured
 */
public record TextBox(Rectangle box, Rectangle core, double score) {
    public TextBox {
        box = new Rectangle(box);
        core = new Rectangle(core);
    }

    public TextBox(Rectangle box, double score) {
        this(box, box, score);
    }
}
