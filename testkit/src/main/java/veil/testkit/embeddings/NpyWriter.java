package veil.testkit.embeddings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a float32 C-order .npy (format 1.0) and its ids file {@code NAME.ids.txt}, as NumPy would. */
public final class NpyWriter {
    private NpyWriter() {}

    public static void write(Path npy, List<String> ids, float[] data, int dim, boolean float64) throws IOException {
        int rows = ids.size();
        String dict = "{'descr': '" + (float64 ? "<f8" : "<f4") + "', 'fortran_order': False, 'shape': (" + rows + ", " + dim + "), }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(npy), 1 << 16)) {
            os.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
            os.write(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) header.length()).array());
            os.write(header.getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer b = ByteBuffer.allocate(float64 ? 8 : 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float f : data) {
                b.clear();
                if (float64) b.putDouble(f); else b.putFloat(f);
                os.write(b.array());
            }
        }
        String name = npy.getFileName().toString();
        Files.write(npy.resolveSibling(name.substring(0, name.length() - 4) + ".ids.txt"), ids, StandardCharsets.UTF_8);
    }
}
