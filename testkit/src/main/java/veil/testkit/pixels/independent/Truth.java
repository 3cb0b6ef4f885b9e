package veil.testkit.pixels.independent;

import java.awt.Rectangle;

/**
 * One burned-in text item and where its ink lies.
 *
 * @param box       tight box around the item's ink, in image pixels
 * @param line      tight box around the ink of the whole line the item was drawn in (the space between its words
 *                  is text, not image, when over-redaction is counted)
 * @param textPx    font size in pixels (the em height)
 * @param firstFrame first frame that shows it (0 for single frames)
 * @param lastFrame  last frame that shows it, inclusive
 */
public record Truth(String text, Kind kind, Rectangle box, Rectangle line, int textPx, Style style, int firstFrame, int lastFrame) {

    public Truth {
        box = new Rectangle(box);
        line = new Rectangle(line);
    }

    public boolean phi() {
        return kind.phi();
    }

    public int frameCount() {
        return lastFrame - firstFrame + 1;
    }
}
