package veil.ocr.decode;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import veil.deid.pixels.PixelOutcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 12-bit extended JPEG (1.2.840.10008.1.2.4.51 with more than 8 bits stored), which PixelMed refuses, decoded
 * frame by frame into an uncompressed copy of the instance so the rest of the pixel pipeline reads it like any
 * other. The copy is marked lossy-compressed (it was) and is written Explicit VR Little Endian if it is redacted.
 */
public final class ExtendedJpeg {

    static final String EXTENDED = "1.2.840.10008.1.2.4.51";

    /** What the audit says when this decoder was used. */
    public static final String NOTE = "decoded 12-bit JPEG Extended (process 4) with Veil's sequential DCT decoder, "
            + "written Explicit VR Little Endian";

    private ExtendedJpeg() { }

    /** Whether PixelMed cannot decode this instance's pixels but this class can try. */
    public static boolean applies(AttributeList list) {
        String ts = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID).trim();
        return EXTENDED.equals(ts) && Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, 8) > 8
                && list.get(TagFromName.PixelData) instanceof OtherByteAttributeMultipleCompressedFrames;
    }

    /** An uncompressed copy of the instance, or empty when it does not {@link #applies apply}. */
    public static Optional<AttributeList> decoded(AttributeList list) throws DicomException, IOException {
        if (!applies(list)) return Optional.empty();
        byte[][] frames = ((OtherByteAttributeMultipleCompressedFrames) list.get(TagFromName.PixelData)).getFrames();
        int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        int cols = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        int spp = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1);
        if (spp != 1) throw new IOException("12-bit JPEG with " + spp + " samples per pixel");
        short[] all = new short[Math.multiplyExact(Math.multiplyExact(rows, cols), frames.length)];
        for (int f = 0; f < frames.length; f++) {
            SequentialJpeg.Frame fr = SequentialJpeg.decode(frames[f]);
            if (fr.width() != cols || fr.height() != rows) throw new IOException("JPEG frame size differs from Rows/Columns");
            System.arraycopy(fr.samples(), 0, all, f * rows * cols, rows * cols);
        }
        AttributeList copy = new AttributeList();
        copy.putAll(list);
        Attribute pd = new OtherWordAttribute(TagFromName.PixelData);
        pd.setValues(all);
        copy.put(pd);
        put(copy, TagFromName.TransferSyntaxUID, TransferSyntax.ExplicitVRLittleEndian);
        put(copy, TagFromName.BitsAllocated, "16");
        put(copy, TagFromName.LossyImageCompression, "01");
        if (copy.get(TagFromName.LossyImageCompressionMethod) == null) put(copy, TagFromName.LossyImageCompressionMethod, "ISO_10918_1");
        return Optional.of(copy);
    }

    /** Adds {@link #NOTE} to a redaction's audit notes; other outcomes wrote no decoded pixels. */
    public static PixelOutcome noted(PixelOutcome out) {
        if (!(out instanceof PixelOutcome.Redacted r)) return out;
        List<String> notes = new ArrayList<>(r.notes());
        notes.add(NOTE);
        return new PixelOutcome.Redacted(r.pixelData(), r.transferSyntaxUid(), r.boxes(), notes, r.pixelModule(), r.screening());
    }

    private static void put(AttributeList l, AttributeTag t, String v) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(t);
        a.addValue(v);
        l.put(a);
    }
}
