package veil.qa.export;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.display.SourceImage;
import java.awt.image.BufferedImage;

/**
 * The first frame's stored samples of a greyscale image, with the header facts the conversion needs.
 * {@code samples} holds each pixel's low 16 bits as read (for native 16-bit data PixelMed's own array,
 * not copied; it may be longer than one frame); only the low Bits Stored bits of a sample count (bits
 * above may hold overlays): {@link #index} of a sample is those bits, the key of the per-image lookup
 * table, and {@link #value} turns an index back into the stored value (sign-extended for Pixel
 * Representation 1). Keeping 16-bit samples and a table by index is what lets grey levels be mapped
 * while resampling, without an int or float copy of the image.
 */
public record StoredPixels(int width, int height, short[] samples, int bitsStored, boolean signed, boolean monochrome1,
                           double slope, double intercept) {

    /** The bits of a sample that hold its value; also the largest index. */
    int mask() { return (1 << bitsStored) - 1; }

    /** The stored value an index (a sample's low Bits Stored bits) stands for. */
    int value(int index) {
        if (!signed) return index;
        int shift = 32 - bitsStored;
        return (index << shift) >> shift;
    }

    /** The index of a stored value (its low Bits Stored bits). */
    int index(int value) { return value & mask(); }

    /** Why an image cannot be converted; the message names no value from the file. */
    public static final class Undecodable extends Exception {
        public Undecodable(String reason) { super(reason); }
    }

    public static StoredPixels of(AttributeList list) throws Undecodable { return of(list, null); }

    /**
     * As {@link #of(AttributeList)}, with the samples already read from the file ({@link NativePixelData}) when
     * {@code words} is not null; {@code list} then needs only the header (up to Pixel Data).
     */
    static StoredPixels of(AttributeList list, short[] words) throws Undecodable {
        String pi = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PhotometricInterpretation).strip();
        if (!pi.equals("MONOCHROME1") && !pi.equals("MONOCHROME2"))
            throw new Undecodable("not a greyscale image (photometric interpretation " + (pi.isEmpty() ? "missing" : "other than MONOCHROME1/2") + ")");
        int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        int cols = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        int allocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 0);
        int stored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, allocated);
        boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
        if (rows <= 0 || cols <= 0) throw new Undecodable("no image size (Rows/Columns)");
        if (stored < 1 || stored > 16 || (allocated != 8 && allocated != 16)) throw new Undecodable("unsupported bit depth");
        Attribute pd = list.get(TagFromName.PixelData);
        if (pd == null && words == null) throw new Undecodable("no pixel data (the file may be truncated)");
        double slope = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleSlope, 1);
        double intercept = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleIntercept, 0);
        if (slope == 0 || Double.isNaN(slope)) slope = 1;
        int n = rows * cols;
        short[] v;
        String ts = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID);
        boolean native_ = ts.isEmpty() || !new TransferSyntax(ts).isEncapsulated();
        try {
            if (words != null) {
                if (words.length < n) throw new Undecodable("pixel data shorter than Rows x Columns (truncated?)");
                v = words;
            } else if (native_ && allocated == 16 && pd instanceof OtherWordAttribute) {
                v = pd.getShortValues();
                if (v == null || v.length < n) throw new Undecodable("pixel data shorter than Rows x Columns (truncated?)");
            } else if (native_ && allocated == 8 && pd instanceof OtherByteAttribute) {
                byte[] b = pd.getByteValues();
                if (b == null || b.length < n) throw new Undecodable("pixel data shorter than Rows x Columns (truncated?)");
                v = new short[n];
                for (int i = 0; i < n; i++) v[i] = b[i];
            } else {
                SourceImage si = new SourceImage(list);
                BufferedImage bi = si.getBufferedImage(0);
                if (bi == null || bi.getWidth() != cols || bi.getHeight() != rows || bi.getRaster().getNumBands() != 1)
                    throw new Undecodable("pixel data could not be decoded");
                int[] iv = bi.getRaster().getSamples(0, 0, cols, rows, 0, (int[]) null);
                v = new short[n];
                // Bits Stored is at most 16, so the low 16 bits of a decoded sample hold its value
                for (int i = 0; i < n; i++) v[i] = (short) iv[i];
            }
        } catch (DicomException | RuntimeException e) {
            // PixelMed reports unsupported codecs (JPEG 2000, JPEG-LS) as runtime failures while decoding
            throw new Undecodable("pixel data could not be decoded (transfer syntax not supported or data damaged)");
        }
        return new StoredPixels(cols, rows, v, stored, signed, pi.equals("MONOCHROME1"), slope, intercept);
    }
}
