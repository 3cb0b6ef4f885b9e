package veil.qa.embeddings;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import veil.qa.manifest.ManifestException;

/**
 * TFRecord framing: for each record, uint64 length (little-endian), masked CRC32C of those 8
 * bytes, the data, masked CRC32C of the data. Both checksums are verified; a damaged record is
 * an error naming the file and the record's index (0-based).
 */
public final class TfRecordReader {
    static final int MASK_DELTA = 0xa282ead8;
    /** Larger records than this are refused: an embedding Example is a few tens of KB. */
    static final long MAX_RECORD = 256L << 20;

    private TfRecordReader() {}

    /** TensorFlow's masked CRC32C. */
    public static int maskedCrc(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        int crc = (int) c.getValue();
        return ((crc >>> 15) | (crc << 17)) + MASK_DELTA;
    }

    /** Every record of one file. */
    public static List<byte[]> read(Path file) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = new byte[12];
            for (int index = 0; ; index++) {
                int got = in.readNBytes(head, 0, 12);
                if (got == 0) return out;
                if (got < 12) throw bad(file, index, "the length header is cut short (truncated file)");
                ByteBuffer bb = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
                long len = bb.getLong(0);
                if (bb.getInt(8) != maskedCrc(head, 0, 8)) throw bad(file, index, "the length's CRC does not match (not a TFRecord file, or damaged)");
                if (len < 0 || len > MAX_RECORD) throw bad(file, index, "implausible record length " + len);
                byte[] data = new byte[(int) len];
                if (in.readNBytes(data, 0, data.length) < data.length) throw bad(file, index, "the data is cut short (truncated file)");
                byte[] crc = new byte[4];
                if (in.readNBytes(crc, 0, 4) < 4) throw bad(file, index, "the data CRC is missing (truncated file)");
                if (ByteBuffer.wrap(crc).order(ByteOrder.LITTLE_ENDIAN).getInt() != maskedCrc(data, 0, data.length))
                    throw bad(file, index, "the data's CRC does not match (damaged record)");
                out.add(data);
            }
        } catch (EOFException e) {
            throw bad(file, out.size(), "unexpected end of file");
        }
    }

    static ManifestException bad(Path file, int index, String what) {
        return new ManifestException(file.getFileName() + ": TFRecord record " + index + ": " + what);
    }
}
