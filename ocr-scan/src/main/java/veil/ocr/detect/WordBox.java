package veil.ocr.detect;

import java.awt.Rectangle;

/**
 * A word Tesseract read in one frame, in stored-image pixel coordinates.
 *
 * @param line       words with the same line number were read as one text line (for multi-word matches)
 * @param confidence Tesseract's 0-100 word confidence
 */
public record WordBox(int frame, Rectangle box, String text, float confidence, int line) {
    public WordBox {
        box = new Rectangle(box);
    }
}
