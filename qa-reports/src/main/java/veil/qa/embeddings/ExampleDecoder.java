package veil.qa.embeddings;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;

/**
 * Reads the two features an embedding needs from a serialized {@code tf.train.Example}, with
 * protobuf-java's {@link CodedInputStream} (five small messages; generating classes from
 * TensorFlow's .proto would add a protoc step for them):
 * <pre>
 * Example  { Features features = 1; }
 * Features { map&lt;string, Feature&gt; feature = 1; }        // entries: key = 1, value = 2
 * Feature  { oneof { BytesList bytes_list = 1; FloatList float_list = 2; Int64List int64_list = 3; } }
 * BytesList { repeated bytes value = 1; }   FloatList { repeated float value = 1 [packed]; }
 * </pre>
 */
public final class ExampleDecoder {
    private ExampleDecoder() {}

    /** The id (first bytes value of {@code idKey}, UTF-8; null if absent) and the floats of {@code vectorKey} (null if absent). */
    public record Decoded(String id, float[] vector) {}

    public static Decoded decode(byte[] example, String idKey, String vectorKey) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(example);
        String id = null;
        float[] vec = null;
        while (true) {
            int tag = in.readTag();
            if (tag == 0) break;
            if (WireFormat.getTagFieldNumber(tag) == 1 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                CodedInputStream features = in.readBytes().newCodedInput();
                while (true) {
                    int ft = features.readTag();
                    if (ft == 0) break;
                    if (WireFormat.getTagFieldNumber(ft) != 1) { features.skipField(ft); continue; }
                    CodedInputStream entry = features.readBytes().newCodedInput();
                    String key = null;
                    byte[] value = null;
                    while (true) {
                        int et = entry.readTag();
                        if (et == 0) break;
                        int f = WireFormat.getTagFieldNumber(et);
                        if (f == 1) key = entry.readStringRequireUtf8();
                        else if (f == 2) value = entry.readByteArray();
                        else entry.skipField(et);
                    }
                    if (key == null || value == null) continue;
                    if (key.equals(idKey)) id = firstBytes(value);
                    else if (key.equals(vectorKey)) vec = floats(value);
                }
            } else in.skipField(tag);
        }
        return new Decoded(id, vec);
    }

    /** Feature.bytes_list.value[0] as UTF-8, or null. */
    static String firstBytes(byte[] feature) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(feature);
        for (int t = in.readTag(); t != 0; t = in.readTag()) {
            if (WireFormat.getTagFieldNumber(t) != 1) { in.skipField(t); continue; }
            CodedInputStream list = in.readBytes().newCodedInput();
            for (int lt = list.readTag(); lt != 0; lt = list.readTag()) {
                if (WireFormat.getTagFieldNumber(lt) == 1) return list.readBytes().toStringUtf8();
                list.skipField(lt);
            }
        }
        return null;
    }

    /** Feature.float_list.value, packed or not, or null when the feature holds another kind. */
    static float[] floats(byte[] feature) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(feature);
        for (int t = in.readTag(); t != 0; t = in.readTag()) {
            if (WireFormat.getTagFieldNumber(t) != 2) { in.skipField(t); continue; }
            CodedInputStream list = in.readBytes().newCodedInput();
            float[] out = new float[64];
            int n = 0;
            for (int lt = list.readTag(); lt != 0; lt = list.readTag()) {
                if (WireFormat.getTagFieldNumber(lt) != 1) { list.skipField(lt); continue; }
                if (WireFormat.getTagWireType(lt) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                    int len = list.readRawVarint32();
                    int limit = list.pushLimit(len);
                    if (out.length < n + len / 4) out = java.util.Arrays.copyOf(out, n + len / 4);
                    while (list.getBytesUntilLimit() > 0) out[n++] = list.readFloat();
                    list.popLimit(limit);
                } else {
                    if (n == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                    out[n++] = list.readFloat();
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
        return null;
    }
}
