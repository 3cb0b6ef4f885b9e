package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.testkit.demo.text.TextDemo;

class TextDemoTest {
    @Test
    void writesReportsTheirRedactionsAndAPage(@TempDir Path dir) throws Exception {
        String summary = TextDemo.run(dir);
        assertThat(summary).contains("identifiers found").contains("before:").contains("after:");
        assertThat(dir.resolve("text-demo.html")).exists();
        try (var files = Files.list(dir.resolve("tagged"))) {
            assertThat(files.count()).isEqualTo(4);
        }
    }
}
