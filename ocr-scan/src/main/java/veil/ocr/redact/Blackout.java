package veil.ocr.redact;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherByteAttributeMultipleFrameArrays;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.OtherWordAttributeMultipleFrameArrays;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.display.ImageEditUtilities;
import com.pixelmed.display.SourceImage;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

/**
 * Overwrites the stored pixel values inside rectangles, in every frame, with the value that
 * displays black. Works on a copy: the caller's attribute list and pixel array stay untouched.
 * Decoded compressed input comes back uncompressed, to be written Explicit VR Little Endian.
 */
public final class Blackout {

    /** Pixel-module attributes the writer must take from the redacted copy besides Pixel Data. */
    static final List<AttributeTag> PIXEL_MODULE = List.of(TagFromName.PhotometricInterpretation,
            TagFromName.PlanarConfiguration, TagFromName.SamplesPerPixel, TagFromName.BitsAllocated,
            TagFromName.BitsStored, TagFromName.HighBit, TagFromName.PixelRepresentation, TagFromName.Rows,
            TagFromName.Columns, TagFromName.NumberOfFrames, TagFromName.LossyImageCompression,
            TagFromName.LossyImageCompressionRatio, TagFromName.LossyImageCompressionMethod);

    private Blackout() { }

    /**
     * @param list      current pixels and header (the original, or an earlier redacted copy)
     * @param rectangles already padded, in stored-image coordinates; applied to every frame
     */
    public static Redaction apply(AttributeList list, List<Rectangle> rectangles) throws DicomException {
        String ts = Attributes.string(list, TagFromName.TransferSyntaxUID);
        boolean compressed = !ts.isEmpty() && new TransferSyntax(ts).isEncapsulated();
        AttributeList copy = new AttributeList();
        copy.putAll(list);
        copy.put(clonePixelData(list.get(TagFromName.PixelData)));
        SourceImage image = new SourceImage(copy);
        int fill = FillValue.of(copy, image);
        int w = image.getWidth(), h = image.getHeight();
        Vector<Shape> shapes = new Vector<>();
        for (Rectangle r : rectangles) {
            Rectangle c = r.intersection(new Rectangle(0, 0, w, h));
            if (!c.isEmpty()) shapes.add(c);
        }
        ImageEditUtilities.blackout(image, copy, shapes, false, false, true, fill);
        List<String> notes = new ArrayList<>();
        String outTs = ts.isEmpty() ? TransferSyntax.ExplicitVRLittleEndian : ts;
        if (compressed) {
            copy.correctDecompressedImagePixelModule();
            copy.insertLossyImageCompressionHistoryIfDecompressed();
            outTs = TransferSyntax.ExplicitVRLittleEndian;
            // The copy now holds uncompressed pixels: a later round must not treat them as encoded.
            Attribute tsAttr = new com.pixelmed.dicom.UniqueIdentifierAttribute(TagFromName.TransferSyntaxUID);
            tsAttr.addValue(outTs);
            copy.put(tsAttr);
            notes.add("decoded " + new TransferSyntax(ts).getDescription() + ", written Explicit VR Little Endian");
        }
        copy.put(singleArray(copy.get(TagFromName.PixelData)));
        AttributeList module = new AttributeList();
        for (AttributeTag t : PIXEL_MODULE) {
            Attribute a = copy.get(t);
            if (a != null) module.put(a);
        }
        return new Redaction(copy, copy.get(TagFromName.PixelData), outTs, module, fill, notes);
    }

    /** PixelMed's blackout leaves one array per frame; writers expect one plain OB/OW value. */
    private static Attribute singleArray(Attribute pd) throws DicomException {
        if (pd instanceof OtherWordAttributeMultipleFrameArrays multi) {
            short[][] frames = multi.getShortValuesPerFrame();
            short[] all = new short[java.util.Arrays.stream(frames).mapToInt(f -> f.length).sum()];
            int at = 0;
            for (short[] f : frames) { System.arraycopy(f, 0, all, at, f.length); at += f.length; }
            Attribute out = new OtherWordAttribute(TagFromName.PixelData);
            out.setValues(all);
            return out;
        }
        if (pd instanceof OtherByteAttributeMultipleFrameArrays multi) {
            byte[][] frames = multi.getByteValuesPerFrame();
            byte[] all = new byte[java.util.Arrays.stream(frames).mapToInt(f -> f.length).sum()];
            int at = 0;
            for (byte[] f : frames) { System.arraycopy(f, 0, all, at, f.length); at += f.length; }
            Attribute out = new OtherByteAttribute(TagFromName.PixelData);
            out.setValues(all);
            return out;
        }
        return pd;
    }

    private static Attribute clonePixelData(Attribute pd) throws DicomException {
        if (pd instanceof OtherWordAttribute) {
            Attribute c = new OtherWordAttribute(TagFromName.PixelData);
            c.setValues(pd.getShortValues().clone());
            return c;
        }
        if (pd instanceof OtherByteAttribute && !(pd.getClass().getSimpleName().contains("Compressed"))) {
            Attribute c = new OtherByteAttribute(TagFromName.PixelData);
            c.setValues(pd.getByteValues().clone());
            return c;
        }
        // Encapsulated or on-disk pixel data: SourceImage decodes it into new arrays, which blackout then replaces.
        return pd;
    }

    /**
     * @param list        the redacted copy (header unchanged apart from the pixel module)
     * @param pixelModule attributes the writer must copy into the output header with the pixel data
     */
    public record Redaction(AttributeList list, Attribute pixelData, String transferSyntaxUid,
                            AttributeList pixelModule, int fill, List<String> notes) { }
}
