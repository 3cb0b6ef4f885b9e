package veil.qa.export;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The samples of a single-frame, native, 16-bit little-endian image read straight from the file, for
 * the common case where the file ends with its Pixel Data element: the last Rows x Columns x 2 bytes,
 * preceded by the element's header (tag (7FE0,0010), VR OW when explicit, length exactly that). PixelMed
 * reading the same 8 MB value through its streams costs about three times as much. Anything else (other transfer
 * syntaxes, several frames, elements after the pixel data, a length that does not match, a file too
 * short) gives {@code null}, and the caller reads the whole file with PixelMed as before.
 */
final class NativePixelData {
    private NativePixelData() {}

    /** The first frame's samples, or null when the file is not of that simple form. {@code header}: read up to Pixel Data. */
    static short[] read(Path file, AttributeList header) {
        String ts = Attribute.getSingleStringValueOrEmptyString(header, TagFromName.TransferSyntaxUID).strip();
        boolean explicit = ts.equals(TransferSyntax.ExplicitVRLittleEndian);
        if (!explicit && !ts.equals(TransferSyntax.ImplicitVRLittleEndian)) return null;
        if (Attribute.getSingleIntegerValueOrDefault(header, TagFromName.BitsAllocated, 0) != 16) return null;
        if (Attribute.getSingleIntegerValueOrDefault(header, TagFromName.SamplesPerPixel, 1) != 1) return null;
        if (Attribute.getSingleIntegerValueOrDefault(header, TagFromName.NumberOfFrames, 1) != 1) return null;
        long rows = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Rows, 0);
        long cols = Attribute.getSingleIntegerValueOrDefault(header, TagFromName.Columns, 0);
        long bytes = rows * cols * 2;
        if (rows <= 0 || cols <= 0 || bytes > Integer.MAX_VALUE - 16) return null;
        int head = explicit ? 12 : 8;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = ch.size() - bytes;
            if (start - head < 132) return null;   // no room for the preamble, meta header and element header
            // mapped rather than read: a read into a heap buffer goes through a temporary direct buffer of the
            // same size (twice the copying); the mapping is released when the buffer is collected
            ByteBuffer all = ch.map(FileChannel.MapMode.READ_ONLY, start - head, bytes + head).order(ByteOrder.LITTLE_ENDIAN);
            if (all.getShort(0) != (short) 0x7FE0 || all.getShort(2) != 0x0010) return null;
            if (explicit ? all.get(4) != 'O' || all.get(5) != 'W' || all.getShort(6) != 0 || all.getInt(8) != bytes
                         : all.getInt(4) != bytes) return null;
            short[] out = new short[(int) (bytes / 2)];
            all.position(head);
            all.asShortBuffer().get(out);
            return out;
        } catch (IOException | InternalError e) {
            // InternalError: the file was cut short while mapped. PixelMed's full read then reports what is wrong
            return null;
        }
    }
}
