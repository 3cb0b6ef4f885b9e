package veil.qa.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    @TempDir
    Path dir;

    @Test
    void aFailureHalfWayLeavesNoEmptyOrTornReport() throws Exception {
        Path html = dir.resolve("datasheet.html");
        assertThatThrownBy(() -> ReportFile.write(html, os -> {
            os.write("<html>".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(html).doesNotExist();
        try (var s = Files.list(dir)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aFailureKeepsThePreviousReport() throws Exception {
        Path json = dir.resolve("figures.json");
        ReportFile.write(json, os -> os.write("{\"v\":1}".getBytes()));
        assertThatThrownBy(() -> ReportFile.write(json, os -> {
            throw new OutOfMemoryError("simulated");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(Files.readString(json)).isEqualTo("{\"v\":1}");
    }
}
