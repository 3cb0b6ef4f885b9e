package veil.qa.embeddings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import veil.qa.manifest.ManifestException;

/**
 * A NumPy {@code .npy} matrix (format versions 1-3): 2-D, C order, float32 or float64 in either
 * byte order. Values are read as float32.
 */
public final class NpyReader {
    static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([fi])(\\d)'");
    static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,?\\s*\\)");

    private NpyReader() {}

    /** Rows and columns, and the matrix row-major. */
    public record Matrix(int rows, int cols, float[] data) {}

    public static Matrix read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(head, 0);
            byte[] h = head.array();
            if (h[0] != (byte) 0x93 || h[1] != 'N' || h[2] != 'U' || h[3] != 'M' || h[4] != 'P' || h[5] != 'Y')
                throw new ManifestException(file.getFileName() + " is not a NumPy .npy file (no \\x93NUMPY magic)");
            int major = h[6];
            long headerLen, offset;
            if (major == 1) { headerLen = head.getShort(8) & 0xFFFF; offset = 10; }
            else if (major == 2 || major == 3) { headerLen = head.getInt(8) & 0xFFFFFFFFL; offset = 12; }
            else throw new ManifestException(file.getFileName() + ": unsupported .npy version " + major);
            ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
            ch.read(hb, offset);
            String dict = new String(hb.array(), StandardCharsets.ISO_8859_1);
            Matcher d = DESCR.matcher(dict), f = FORTRAN.matcher(dict), s = SHAPE.matcher(dict);
            if (!d.find() || !s.find()) throw new ManifestException(file.getFileName() + ": expected a 2-D float32 or float64 matrix, header is " + dict.strip());
            if (f.find() && f.group(1).equals("True")) throw new ManifestException(file.getFileName() + ": Fortran-order arrays are not supported; save with np.ascontiguousarray");
            int width = Integer.parseInt(d.group(3));
            if (!d.group(2).equals("f") || (width != 4 && width != 8))
                throw new ManifestException(file.getFileName() + ": element type must be float32 or float64, found " + d.group(2) + d.group(3));
            ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            long rows = Long.parseLong(s.group(1)), cols = Long.parseLong(s.group(2));
            if (rows * cols > Integer.MAX_VALUE - 8) throw new ManifestException(file.getFileName() + ": matrix too large (" + rows + " x " + cols + ")");
            long start = offset + headerLen, bytes = rows * cols * width;
            if (ch.size() < start + bytes) throw new ManifestException(file.getFileName() + ": file is shorter than its " + rows + " x " + cols + " matrix (truncated)");
            float[] out = new float[(int) (rows * cols)];
            int at = 0;
            long pos = start;
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(order);
            while (at < out.length) {
                buf.clear();
                long want = Math.min(buf.capacity(), (long) (out.length - at) * width);
                buf.limit((int) want);
                while (buf.hasRemaining()) {
                    int r = ch.read(buf, pos + buf.position());
                    if (r < 0) throw new ManifestException(file.getFileName() + ": unexpected end of file");
                }
                pos += want;
                buf.flip();
                if (width == 4) { int k = buf.remaining() / 4; buf.asFloatBuffer().get(out, at, k); at += k; }
                else { int k = buf.remaining() / 8; var db = buf.asDoubleBuffer(); for (int i = 0; i < k; i++) out[at++] = (float) db.get(i); }
            }
            return new Matrix((int) rows, (int) cols, out);
        }
    }
}
