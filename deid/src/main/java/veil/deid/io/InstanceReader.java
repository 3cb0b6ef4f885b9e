package veil.deid.io;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an instance's header up to its top-level Pixel Data, without touching the pixels, and works out whether
 * the rest of the file is exactly the Pixel Data element (then it can be copied through byte for byte).
 */
public final class InstanceReader {

    /**
     * PixelMed reports parse problems (and every blackout) through java.util.logging; users see Veil's reasons
     * instead. Held in a field: java.util.logging keeps loggers weakly, and a collected one forgets its level.
     */
    private static final java.util.logging.Logger PIXELMED_LOG = java.util.logging.Logger.getLogger("com.pixelmed");

    static {
        PIXELMED_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /** Makes sure PixelMed is silenced before a caller that does not read through this class uses it. */
    public static void quietPixelMed() {
        // the static initialiser did the work
    }

    private InstanceReader() { }

    /**
     * Builds PixelMed's data dictionary (about 0.4 s, once per process) on a background thread, so that it overlaps
     * with compiling the profile instead of delaying the first file.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(AttributeList::getDictionary, "veil-dictionary");
        t.setDaemon(true);
        t.start();
    }

    /**
     * @param list              the header (and, when there was no Pixel Data or it could not be streamed, the whole dataset)
     * @param transferSyntaxUid the transfer syntax the dataset is encoded in
     * @param pixelDataStart    file offset of the Pixel Data element (its tag), or -1 when the whole file is in {@code list}
     */
    public record Header(AttributeList list, String transferSyntaxUid, long pixelDataStart) {
        public boolean streamsPixels() {
            return pixelDataStart >= 0;
        }
    }

    public static Header readHeader(Path file) throws IOException, DicomException {
        long size = Files.size(file);
        AttributeList list = new AttributeList();
        TransferSyntax ts;
        long offset;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            DicomInputStream dis = new DicomInputStream(in);
            // Stop only at the top level: Pixel Data inside an Icon Image Sequence is part of the header.
            offset = list.read(dis, (l, tag, byteOffset) -> l == list && tag.equals(TagFromName.PixelData));
            ts = dis.getTransferSyntaxToReadDataSet();
        }
        String tsUid = ts == null ? TransferSyntax.ImplicitVRLittleEndian : ts.getUID();
        if (list.get(TagFromName.PixelData) != null || offset >= size || ts == null || ts.isDeflated()) {
            return new Header(list, tsUid, -1);   // no Pixel Data, or already read whole
        }
        long start = offset - 4;   // PixelMed reports the offset just past the 4-byte tag
        long end = PixelDataExtent.endOf(file, start, ts.isExplicitVR(), ts.isBigEndian());
        if (end != size) {
            // Something follows the pixels (trailing padding, private groups): it must go through the rules too.
            return new Header(readFull(file), tsUid, -1);
        }
        return new Header(list, tsUid, start);
    }

    /** The whole dataset, pixel data left compressed as stored. */
    public static AttributeList readFull(Path file) throws IOException, DicomException {
        AttributeList list = new AttributeList();
        list.setDecompressPixelData(false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            list.read(new DicomInputStream(in));
        }
        return list;
    }

}
