package veil.testkit.pixels;

/**
 * One synthetic chest-sized image to generate.
 *
 * @param size        rows = columns (1024 or 2048)
 * @param bitsStored  8, 12 or 16
 * @param monochrome1 stored inverted (MONOCHROME1) instead of MONOCHROME2
 * @param textPx      font size in pixels (10 to 48)
 * @param font        a Java font family name
 */
public record SynthSpec(int size, int bitsStored, boolean monochrome1, int textPx, String font,
                        TextShade shade, Background background, long seed) {

    public SynthSpec {
        if (bitsStored < 8 || bitsStored > 16) throw new IllegalArgumentException("bitsStored 8..16");
    }

    public String label() {
        return size + "px " + bitsStored + "bit " + (monochrome1 ? "MONO1" : "MONO2") + " " + textPx + "px "
                + font + " " + shade + " on " + background;
    }
}
