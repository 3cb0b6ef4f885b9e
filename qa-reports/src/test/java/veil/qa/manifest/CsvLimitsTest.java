package veil.qa.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest cannot make Veil hold a field of any size, and a broken quote is named by its line. */
class CsvLimitsTest {

    private static final String HEADER = "Path,Sex,Age,Frontal/Lateral,AP/PA,Edema\n";
    private static final String ROW = "CheXpert-v1.0-small/train/patient00001/study1/view1_frontal.jpg,Female,68,Frontal,AP,1.0\n";

    @TempDir
    Path dir;

    @Test
    void aTenMegabyteFieldIsRefusedNamingItsLine() throws Exception {
        Path csv = dir.resolve("train.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write(HEADER);
            w.write(ROW);
            w.write("CheXpert-v1.0-small/train/patient00002/study1/view1_frontal.jpg,Female,");
            w.write("9".repeat(10 << 20));
            w.write(",Frontal,AP,1.0\n");
        }
        long before = usedHeap();
        assertThatThrownBy(() -> ManifestLoader.load(csv)).isInstanceOf(ManifestException.class)
                .hasMessage("train.csv: line 3 is longer than 1048576 characters; not a manifest Veil can read");
        assertThat(usedHeap() - before).as("heap held after the refusal").isLessThan(200L << 20);
    }

    @Test
    void anUnterminatedQuoteIsRefusedNamingTheLineItStartsOn() throws Exception {
        Path csv = dir.resolve("train.csv");
        Files.writeString(csv, HEADER + ROW + ROW.replace("Female", "\"Female") + ROW + ROW);
        assertThatThrownBy(() -> ManifestLoader.load(csv)).isInstanceOf(ManifestException.class)
                .hasMessage("train.csv: line 3: a quoted field is never closed (unterminated quote)");
    }

    @Test
    void quotedFieldsWithEscapedQuotesAndLineBreaksStillRead() throws Exception {
        Path csv = dir.resolve("train.csv");
        Files.writeString(csv, "Path,Sex,Age,Frontal/Lateral,AP/PA,Site,Edema\n"
                + "CheXpert-v1.0-small/train/patient00001/study1/view1_frontal.jpg,Female,68,Frontal,AP,\"A \"\"big\"\"\nsite\",1.0\n");
        assertThat(ManifestLoader.load(csv).size()).isEqualTo(1);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return r.totalMemory() - r.freeMemory();
    }
}
