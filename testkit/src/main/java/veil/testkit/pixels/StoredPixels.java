package veil.testkit.pixels;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;

/** Reads a single-frame grey Pixel Data attribute back as unsigned stored values. */
public final class StoredPixels {

    private StoredPixels() { }

    public static int[] of(Attribute pixelData, int count) throws DicomException {
        int[] out = new int[count];
        if (pixelData instanceof OtherByteAttribute) {
            byte[] b = pixelData.getByteValues();
            for (int i = 0; i < count; i++) out[i] = b[i] & 0xff;
        } else {
            short[] s = pixelData.getShortValues();
            for (int i = 0; i < count; i++) out[i] = s[i] & 0xffff;
        }
        return out;
    }
}
