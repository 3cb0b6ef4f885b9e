package veil.testkit.demo.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.rules.PixelPolicy;

class OcrDemoTest {

    @TempDir
    Path dir;

    @Test
    void demoInstancesAreWrittenAndEveryOneIsRedactedWithThumbnails() throws Exception {
        List<Path> files = OcrDemo.writeInstances(dir.resolve("dicom"));
        assertThat(files).hasSize(4).allMatch(Files::isRegularFile);

        List<OcrDemo.BeforeAfter> pairs = OcrDemo.thumbnails(files, dir.resolve("thumbs"), PixelPolicy.defaults());

        assertThat(pairs).hasSize(4).allSatisfy(p -> {
            assertThat(p.outcome()).as(p.caption()).startsWith("redacted");
            assertThat(p.before()).isRegularFile();
            assertThat(p.after()).isRegularFile();
        });
    }
}
