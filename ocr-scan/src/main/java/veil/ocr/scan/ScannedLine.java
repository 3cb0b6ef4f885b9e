package veil.ocr.scan;

import java.awt.Rectangle;

/**
 * One text line the learned detector found, and what Tesseract reads in its crop.
 *
 * @param frame      the frame it was found in; for a clip, 0 stands for the temporal median (every frame's static
 *                   banner), other frames are read on their own when their banner differs from the median
 * @param box        the line as the cleaner would black it out (tightened to its glyphs), stored-image pixels
 * @param text       the words read in the crop, space-separated; empty when nothing could be read (the cleaner
 *                   blacks such a line out in both modes)
 * @param confidence mean Tesseract word confidence (0-100), 0 when nothing was read
 * @param words      how many words were read
 */
public record ScannedLine(int frame, Rectangle box, String text, float confidence, int words) {
    public ScannedLine {
        box = new Rectangle(box);
    }
}
