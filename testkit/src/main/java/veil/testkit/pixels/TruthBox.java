package veil.testkit.pixels;

import java.awt.Rectangle;

/**
 * Where one burned-in token really is.
 *
 * @param box         tight bounds of its glyph pixels
 * @param textPixels  indices (y * width + x) of its glyph pixels
 * @param phi         an identifier of the instance (name, ID, date, institution)
 * @param allowMarker a harmless marker the default allow-list keeps (L, AP, PORTABLE...)
 */
public record TruthBox(Rectangle box, String text, int[] textPixels, boolean phi, boolean allowMarker) {
    public TruthBox {
        box = new Rectangle(box);
    }
}
