package veil.testkit.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.embeddings.Embeddings;
import veil.qa.embeddings.EmbeddingsLoader;
import veil.qa.embeddings.TfRecordReader;
import veil.qa.manifest.ManifestException;

class EmbeddingFilesTest {
    @TempDir Path dir;

    static float[] vec(int seed, int dim) {
        float[] v = new float[dim];
        for (int k = 0; k < dim; k++) v[k] = (float) Math.sin(seed * 31 + k) * (k + 1);
        return v;
    }

    @Test
    void tfRecordsWrittenInJavaReadBackWithIdsAndVectors() throws Exception {
        Path folder = dir.resolve("emb");
        TfRecordWriter.write(folder.resolve("a1.tfrecord"), List.of(TfRecordWriter.example("a1", vec(1, 4096))));
        TfRecordWriter.write(folder.resolve("sub/b2.tfrecord"), List.of(TfRecordWriter.example("b2", vec(2, 4096))));
        Embeddings e = EmbeddingsLoader.load(folder);
        assertThat(e.ids()).containsExactly("a1", "b2");
        assertThat(e.dim()).isEqualTo(4096);
        assertThat(java.util.Arrays.copyOfRange(e.data(), 4096, 8192)).containsExactly(vec(2, 4096));
    }

    @Test
    void aCorruptedRecordIsAClearErrorNamingItsIndex() throws Exception {
        Path f = dir.resolve("three.tfrecord");
        TfRecordWriter.write(f, List.of(TfRecordWriter.example("x0", vec(0, 16)), TfRecordWriter.example("x1", vec(1, 16)),
                TfRecordWriter.example("x2", vec(2, 16))));
        assertThat(TfRecordReader.read(f)).hasSize(3);
        byte[] b = Files.readAllBytes(f);
        int recordLen = (b.length) / 3;           // three records of equal size
        b[recordLen + 12 + 20] ^= 0x40;            // a byte inside record 1's data
        Files.write(f, b);
        assertThatThrownBy(() -> EmbeddingsLoader.load(f)).isInstanceOf(ManifestException.class)
                .hasMessageContaining("three.tfrecord").hasMessageContaining("record 1").hasMessageContaining("CRC");
        Files.write(f, java.util.Arrays.copyOf(b, recordLen + 5));
        assertThatThrownBy(() -> TfRecordReader.read(f)).hasMessageContaining("record 1").hasMessageContaining("truncated");
    }

    @Test
    void npyFloat32AndFloat64RoundTripWithTheirIds() throws Exception {
        float[] data = new float[3 * 5];
        for (int i = 0; i < data.length; i++) data[i] = i * 0.25f - 1;
        for (boolean f64 : new boolean[] {false, true}) {
            Path npy = dir.resolve(f64 ? "m64.npy" : "m32.npy");
            NpyWriter.write(npy, List.of("i0", "i1", "i2"), data, 5, f64);
            Embeddings e = EmbeddingsLoader.load(npy);
            assertThat(e.ids()).containsExactly("i0", "i1", "i2");
            assertThat(e.dim()).isEqualTo(5);
            assertThat(e.data()).containsExactly(data);
        }
        Files.delete(dir.resolve("m32.ids.txt"));
        assertThatThrownBy(() -> EmbeddingsLoader.load(dir.resolve("m32.npy"))).hasMessageContaining("m32.ids.txt");
    }

    @Test
    void csvMatrixNeedsAnIdColumnFirst() throws Exception {
        Path csv = dir.resolve("e.csv");
        Files.writeString(csv, "dicom_id,v0,v1\na,1,2\nb,3,4\n");
        Embeddings e = EmbeddingsLoader.load(csv);
        assertThat(e.ids()).containsExactly("a", "b");
        assertThat(e.data()).containsExactly(1, 2, 3, 4);
        Files.writeString(csv, "v0,v1\n1,2\n");
        assertThatThrownBy(() -> EmbeddingsLoader.load(csv)).hasMessageContaining("first column must be the image id");
    }
}
