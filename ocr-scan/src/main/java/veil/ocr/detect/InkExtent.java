package veil.ocr.detect;

import java.awt.Rectangle;

/**
 * Widens a word box sideways over glyph strokes Tesseract left out. It sometimes reads only part
 * of a word ("@3-" for "03-10-1933"); the rest of the word is still ink on the same line, close
 * enough to be the same word. Only vertical stroke edges count, so a horizontal line is not
 * followed; the gap allowed is smaller than a word space.
 */
final class InkExtent {

    private final Gray8 img;
    private final int threshold;

    InkExtent(Gray8 img, int threshold) {
        this.img = img;
        this.threshold = threshold;
    }

    Rectangle widen(Rectangle box) {
        int gap = Math.max(2, box.height / 4);
        int limit = Math.max(box.height, 8);
        int y0 = Math.max(0, box.y), y1 = Math.min(img.height(), box.y + box.height);
        int left = box.x, right = box.x + box.width;
        int miss = 0;
        for (int x = left - 1; x > 0 && box.x - x <= limit && miss <= gap; x--) {
            if (inked(x, y0, y1)) { left = x; miss = 0; } else miss++;
        }
        miss = 0;
        for (int x = right; x < img.width() - 1 && x - right <= limit && miss <= gap; x++) {
            if (inked(x, y0, y1)) { right = x + 1; miss = 0; } else miss++;
        }
        return new Rectangle(left, box.y, right - left, box.height);
    }

    private boolean inked(int x, int y0, int y1) {
        int hits = 0;
        for (int y = y0; y < y1; y++) {
            if (Math.abs(img.at(x, y) - img.at(x + 1, y)) >= threshold && ++hits >= 2) return true;
        }
        return false;
    }
}
