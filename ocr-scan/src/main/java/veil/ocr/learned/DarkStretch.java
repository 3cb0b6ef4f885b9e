package veil.ocr.learned;

import veil.ocr.detect.Gray8;

/**
 * A rendering that lifts the dark end of the grey scale (gamma 0.4): faint text on a black surround (CT air,
 * ultrasound margins), a few grey levels above it, comes out several times brighter while white stays white.
 */
public final class DarkStretch {

    private static final byte[] LUT = new byte[256];

    static {
        for (int v = 0; v < 256; v++) LUT[v] = (byte) Math.round(255 * Math.pow(v / 255.0, 0.4));
    }

    private DarkStretch() { }

    public static Gray8 of(Gray8 frame) {
        byte[] px = frame.pixels(), out = new byte[px.length];
        for (int i = 0; i < px.length; i++) out[i] = LUT[px[i] & 0xff];
        return new Gray8(frame.width(), frame.height(), out);
    }
}
