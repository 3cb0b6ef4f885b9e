package veil.ocr.detect;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Renders a decoded frame (any bit depth, sign, grey or colour) to 8-bit grey for reading.
 * Grey frames are stretched over their own min/max rather than the VOI window, so text burned in
 * outside the window's range (often the maximum value) is not clipped into the background.
 */
public final class FrameRenderer {

    private FrameRenderer() { }

    /** @param inverted MONOCHROME1: the lowest stored value is displayed white */
    public static Gray8 render(BufferedImage frame, boolean inverted) {
        int w = frame.getWidth(), h = frame.getHeight();
        Raster raster = frame.getRaster();
        if (raster.getNumBands() == 1 && !(frame.getColorModel() instanceof IndexColorModel)) {
            int[] v = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            return fromValues(v, w, h, inverted);
        }
        byte[] out = new byte[w * h];
        int[] rgb = frame.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int lum = (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
            out[i] = (byte) lum;
        }
        return new Gray8(w, h, out);
    }

    /** Stored grey values (already sign-extended) to 8 bits over their min/max. */
    public static Gray8 fromValues(int[] v, int w, int h, boolean inverted) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int x : v) {
            if (x < min) min = x;
            if (x > max) max = x;
        }
        byte[] out = new byte[w * h];
        double range = Math.max(1, max - min);
        for (int i = 0; i < v.length; i++) {
            int g = (int) Math.round((v[i] - min) * 255.0 / range);
            out[i] = (byte) (inverted ? 255 - g : g);
        }
        return new Gray8(w, h, out);
    }
}
