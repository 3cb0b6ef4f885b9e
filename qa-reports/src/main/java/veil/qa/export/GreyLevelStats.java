package veil.qa.export;

/**
 * What converting one image to 8 bits did to its grey levels.
 *
 * @param levelsBefore          distinct stored values used in the original
 * @param levelsAfter           distinct 8-bit values in the written image (after resizing, before JPEG compression)
 * @param clippedPixelFraction  share of pixels outside the window (shown as pure black or white)
 * @param clippedRangeFraction  share of the original's used value range (min..max) outside the window
 * @param entropyBefore         Shannon entropy of the original's histogram, bits
 * @param entropyAfter          Shannon entropy of the windowed 8-bit histogram at full size, bits
 * @param voi                   voi_lut, window, window_sigmoid or min_max (+equalized)
 * @param reoriented            none, or what {@link Orientation} did (e.g. flip_h)
 */
public record GreyLevelStats(String dicomId, int bitsStored, int levelsBefore, int levelsAfter, double clippedPixelFraction,
                             double clippedRangeFraction, double entropyBefore, double entropyAfter, String voi,
                             int widthBefore, int heightBefore, int widthAfter, int heightAfter, String reoriented) {

    /** Bits of grey-level information the conversion removed (entropy before minus after, at least 0). */
    public double entropyLost() { return Math.max(0, entropyBefore - entropyAfter); }
}
