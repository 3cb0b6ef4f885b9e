package veil.ocr.policy;

import java.awt.Rectangle;

/**
 * Whether a first-read box has the shape of a text line. Burned-in text is at most about 48 px high, so a line box
 * (ink plus a small margin) is at most {@link #MAX_ACROSS} across and longer than it is high (or, rotated along an
 * edge, higher than wide); short markers ("L", "R") are small. A box that is large both ways (a lung field, a CT
 * body outline, a colour fusion the low-contrast pass took for text) is not a line: the cleaner does not black it
 * out whole but looks for text lines inside it with the independent finder.
 */
public final class LineShape {

    /** Largest side across a line: 48 px type with ascenders, descenders and InkBounds' margin is about 70 px. */
    public static final int MAX_ACROSS = 96;
    /** A box no larger than this both ways is a short marker or word, whatever its aspect. */
    static final int SMALL = 96;

    private LineShape() { }

    public static boolean isLine(Rectangle box) {
        int across = Math.min(box.width, box.height), along = Math.max(box.width, box.height);
        if (along <= SMALL) return true;
        return across <= MAX_ACROSS && along >= 1.5 * across;
    }
}
