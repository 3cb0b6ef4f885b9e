package veil.ocr.redact;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.display.SourceImage;

/**
 * The stored value that displays as black, i.e. hides text: the lowest value for MONOCHROME2 and
 * colour, the highest for MONOCHROME1 (displayed inverted), the darkest entry for palette colour.
 */
public final class FillValue {

    private FillValue() { }

    public static int of(AttributeList list, SourceImage image) {
        String pi = Attributes.string(list, TagFromName.PhotometricInterpretation).toUpperCase();
        int bitsStored = Attributes.integer(list, TagFromName.BitsStored, 8);
        boolean signed = Attributes.integer(list, TagFromName.PixelRepresentation, 0) == 1;
        if (pi.equals("MONOCHROME1")) return signed ? (1 << (bitsStored - 1)) - 1 : (1 << bitsStored) - 1;
        if (pi.equals("PALETTE COLOR") && image != null) return darkestPaletteEntry(image);
        if (pi.startsWith("MONOCHROME")) return signed ? -(1 << (bitsStored - 1)) : 0;
        return 0;
    }

    private static int darkestPaletteEntry(SourceImage image) {
        short[] r = image.getPaletteColorRedTable(), g = image.getPaletteColorGreenTable(), b = image.getPaletteColorBlueTable();
        if (r == null || g == null || b == null) return 0;
        int best = 0;
        long bestLum = Long.MAX_VALUE;
        for (int i = 0; i < r.length; i++) {
            long lum = 299L * (r[i] & 0xffff) + 587L * (g[i] & 0xffff) + 114L * (b[i] & 0xffff);
            if (lum < bestLum) { bestLum = lum; best = i; }
        }
        return best + image.getPaletteColorFirstValueMapped();
    }
}
