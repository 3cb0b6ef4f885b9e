package veil.testkit.embeddings;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import veil.qa.embeddings.TfRecordReader;

/**
 * Writes TFRecord files of {@code tf.train.Example}s as CXR Foundation does (pure Java, for tests
 * and the demo): framing with masked CRC32C, and an Example with {@code image/id} (bytes) and
 * {@code embedding} (packed floats), encoded field by field with protobuf-java.
 */
public final class TfRecordWriter {
    private TfRecordWriter() {}

    /** A serialized Example with the two features. */
    public static byte[] example(String id, float[] embedding) throws IOException {
        byte[] idFeature = message(1, message(1, ByteString.copyFromUtf8(id).toByteArray()));      // Feature.bytes_list.value
        ByteArrayOutputStream packed = new ByteArrayOutputStream(embedding.length * 4 + 8);
        CodedOutputStream p = CodedOutputStream.newInstance(packed);
        for (float f : embedding) p.writeFloatNoTag(f);
        p.flush();
        byte[] floatList = message(1, packed.toByteArray());                                          // FloatList.value, packed
        byte[] vecFeature = message(2, floatList);                                                    // Feature.float_list
        byte[] features = concat(message(1, entry("image/id", idFeature)), message(1, entry("embedding", vecFeature)));
        return message(1, features);                                                                  // Example.features
    }

    static byte[] entry(String key, byte[] feature) throws IOException {
        return concat(message(1, key.getBytes(StandardCharsets.UTF_8)), message(2, feature));
    }

    static byte[] message(int field, byte[] body) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(body.length + 8);
        CodedOutputStream o = CodedOutputStream.newInstance(b);
        o.writeByteArray(field, body);
        o.flush();
        return b.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Writes the records with TFRecord framing. */
    public static void write(Path file, List<byte[]> records) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            for (byte[] r : records) {
                byte[] len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(r.length).array();
                os.write(len);
                os.write(le(TfRecordReader.maskedCrc(len, 0, 8)));
                os.write(r);
                os.write(le(TfRecordReader.maskedCrc(r, 0, r.length)));
            }
        }
    }

    static byte[] le(int v) { return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array(); }
}
