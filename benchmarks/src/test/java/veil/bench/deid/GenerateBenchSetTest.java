package veil.bench.deid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.testkit.dicom.GeneratedSet;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GenerateBenchSetTest {

    @Test
    void writesExactlyTheRequestedNumberOfFilesOfTheRequestedSize(@TempDir Path dir) throws Exception {
        BenchSetRequest request = BenchSetRequest.parse(new String[] {dir.resolve("set").toString(), "--files", "14", "--size", "32"});
        GeneratedSet set = GenerateBenchSet.generator(request).write(request.output());
        assertThat(set.instances()).hasSize(14);
        assertThat(set.patients()).hasSize(2);
        assertThat(set.totalBytes()).isGreaterThan(14L * 32 * 32 * 2);
    }

    @Test
    void rejectsMissingOrMalformedArgumentsWithAMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchSetRequest.parse(new String[] {}))
                .withMessageContaining("output folder");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchSetRequest.parse(new String[] {"out", "--files", "many"}))
                .withMessageContaining("--files");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchSetRequest.parse(new String[] {"out", "--size"}))
                .withMessageContaining("needs a value");
    }
}
