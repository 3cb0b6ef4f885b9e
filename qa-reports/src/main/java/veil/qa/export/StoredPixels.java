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
 * The first frame's stored values of a greyscale image, sign-extended or masked to Bits Stored
 * (bits above it may hold overlays), with the header facts the conversion needs.
 */
public record StoredPixels(int width, int height, int[] values, int bitsStored, boolean signed, boolean monochrome1,
                           double slope, double intercept) {

    /** Why an image cannot be converted; the message names no value from the file. */
    public static final class Undecodable extends Exception {
        public Undecodable(String reason) { super(reason); }
    }

    public static StoredPixels of(AttributeList list) throws Undecodable {
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
        if (pd == null) throw new Undecodable("no pixel data (the file may be truncated)");
        double slope = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleSlope, 1);
        double intercept = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleIntercept, 0);
        if (slope == 0 || Double.isNaN(slope)) slope = 1;
        int n = rows * cols;
        int[] v = new int[n];
        String ts = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID);
        boolean native_ = ts.isEmpty() || !new TransferSyntax(ts).isEncapsulated();
        try {
            if (native_ && allocated == 16 && pd instanceof OtherWordAttribute) {
                short[] s = pd.getShortValues();
                if (s == null || s.length < n) throw new Undecodable("pixel data shorter than Rows x Columns (truncated?)");
                for (int i = 0; i < n; i++) v[i] = s[i];
            } else if (native_ && allocated == 8 && pd instanceof OtherByteAttribute) {
                byte[] b = pd.getByteValues();
                if (b == null || b.length < n) throw new Undecodable("pixel data shorter than Rows x Columns (truncated?)");
                for (int i = 0; i < n; i++) v[i] = b[i];
            } else {
                SourceImage si = new SourceImage(list);
                BufferedImage bi = si.getBufferedImage(0);
                if (bi == null || bi.getWidth() != cols || bi.getHeight() != rows || bi.getRaster().getNumBands() != 1)
                    throw new Undecodable("pixel data could not be decoded");
                bi.getRaster().getSamples(0, 0, cols, rows, 0, v);
            }
        } catch (DicomException | RuntimeException e) {
            // PixelMed reports unsupported codecs (JPEG 2000, JPEG-LS) as runtime failures while decoding
            throw new Undecodable("pixel data could not be decoded (transfer syntax not supported or data damaged)");
        }
        if (signed) {
            int shift = 32 - stored;
            for (int i = 0; i < n; i++) v[i] = (v[i] << shift) >> shift;
        } else {
            int mask = (1 << stored) - 1;
            for (int i = 0; i < n; i++) v[i] &= mask;
        }
        return new StoredPixels(cols, rows, v, stored, signed, pi.equals("MONOCHROME1"), slope, intercept);
    }
}
