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

    /**
     * Reads the header, after checking that the file's structure is whole ({@link DatasetLayout}).
     *
     * @throws DamagedFileException when the file is cut short, declares lengths it does not hold, has bytes that were
     *                              not read, or its native Pixel Data length does not match Rows, Columns, Samples per
     *                              Pixel, Number of Frames and Bits Allocated: quarantine it with {@code reason()}
     * @throws DicomException       when PixelMed cannot parse it for another reason
     */
    public static Header readHeader(Path file) throws IOException, DicomException {
        long size = Files.size(file);
        DatasetLayout.Layout layout = DatasetLayout.scan(file);
        if (layout.topLevelTags() < 0 || layout.pixelDataStart() < 0) {
            AttributeList list = readChecked(file, layout);   // deflated, or no Pixel Data: the whole dataset
            return new Header(list, transferSyntax(list, layout), -1);
        }
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
        long start = offset - 4;   // PixelMed reports the offset just past the 4-byte tag
        if (list.get(TagFromName.PixelData) != null || start != layout.pixelDataStart() || list.size() != layout.tagsBeforePixels()) {
            throw new DamagedFileException("the toolkit stopped at byte " + Math.max(0, start) + " of the header ("
                    + list.size() + " of " + layout.tagsBeforePixels() + " elements); Pixel Data starts at byte " + layout.pixelDataStart());
        }
        checkPixelLength(list, layout);
        if (layout.pixelDataEnd() != size || ts == null || ts.isDeflated()) {
            // Something follows the pixels (trailing padding, private groups): it must go through the rules too.
            return new Header(readChecked(file, layout), tsUid, -1);
        }
        return new Header(list, tsUid, start);
    }

    /** The whole dataset, pixel data left compressed as stored; damaged files are refused as by {@link #readHeader}. */
    public static AttributeList readFull(Path file) throws IOException, DicomException {
        return readChecked(file, DatasetLayout.scan(file));
    }

    private static AttributeList readChecked(Path file, DatasetLayout.Layout layout) throws IOException, DicomException {
        AttributeList list = new AttributeList();
        list.setDecompressPixelData(false);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            list.read(new DicomInputStream(in));
        }
        // PixelMed stops quietly where it cannot go on; everything after that point would be released unread.
        if (layout.topLevelTags() >= 0 && list.size() != layout.topLevelTags()) {
            throw new DamagedFileException("read " + list.size() + " of the file's " + layout.topLevelTags()
                    + " top-level elements; the rest could not be parsed");
        }
        checkPixelLength(list, layout);
        return list;
    }

    private static String transferSyntax(AttributeList list, DatasetLayout.Layout layout) {
        String ts = Attributes.string(list, TagFromName.TransferSyntaxUID);
        return ts.isEmpty() ? layout.transferSyntaxUid() : ts;
    }

    /**
     * Native (not encapsulated) Pixel Data holds exactly Rows x Columns x Samples per Pixel x frames x Bits Allocated
     * bits, plus one padding byte when that is odd. Anything else means the pixels were cut or the header lies.
     */
    static void checkPixelLength(AttributeList list, DatasetLayout.Layout layout) throws DamagedFileException {
        if (layout.pixelDataStart() < 0 && layout.topLevelTags() >= 0 && list.get(TagFromName.Rows) != null
                && list.get(TagFromName.Columns) != null && list.get(TagFromName.FloatPixelData) == null
                && list.get(TagFromName.DoubleFloatPixelData) == null) {
            // Cut at an element boundary the file still parses, but an image without its pixels is not whole.
            throw new DamagedFileException("an image (Rows, Columns) without Pixel Data: the file may have been cut short");
        }
        long actual = layout.pixelValueLength();
        if (actual < 0) return;   // encapsulated or absent: the fragments were walked instead
        long rows = number(list, TagFromName.Rows, "Rows", -1);
        long columns = number(list, TagFromName.Columns, "Columns", -1);
        long bits = number(list, TagFromName.BitsAllocated, "BitsAllocated", -1);
        long samples = number(list, TagFromName.SamplesPerPixel, "SamplesPerPixel", 1);
        long frames = number(list, TagFromName.NumberOfFrames, "NumberOfFrames", 1);
        // YBR_FULL_422 and YBR_PARTIAL_422 store two chroma samples per two pixels: 2 values per pixel, not 3.
        String photometric = Attributes.string(list, TagFromName.PhotometricInterpretation);
        long values = photometric.endsWith("_422") ? rows * columns * 2 : rows * columns * samples;
        long expected = (values * frames * bits + 7) / 8;
        if (actual != expected && !(actual == expected + 1 && expected % 2 == 1)) {
            throw new DamagedFileException("Pixel Data holds " + actual + " bytes; Rows x Columns x Samples per Pixel x"
                    + " frames x Bits Allocated needs " + expected);
        }
    }

    /** A non-negative integer value, or {@code absent} when the attribute is missing or empty. */
    private static long number(AttributeList list, com.pixelmed.dicom.AttributeTag tag, String keyword, long absent)
            throws DamagedFileException {
        String v = Attributes.string(list, tag);
        if (v.isEmpty() && absent >= 0) return absent;
        try {
            long n = Long.parseLong(v);
            if (n >= 0 && n <= 0xFFFFFFFFL) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new DamagedFileException("Pixel Data is described by " + keyword + ", which is "
                + (v.isEmpty() ? "missing" : "not a valid number") + ": the pixels cannot be checked or decoded");
    }
}
