package veil.deid.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.io.InstanceReader;
import veil.deid.keys.SecretKey;
import veil.deid.text.TextCleaner;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/** The pydicom corpus: every encoding and some broken files. Each is released or quarantined; none stops the run. */
class CorpusRunTest {

    @TempDir
    static Path work;
    static Path corpus;
    static RunSummary first;
    static RunSummary second;
    static Path out;

    @BeforeAll
    static void runTwice() throws Exception {
        corpus = Path.of(CorpusRunTest.class.getResource("/corpus").toURI());
        out = work.resolve("out");
        first = run(corpus, out);
        // What a crash mid-write leaves behind: a temporary file, never a file under a final name.
        Files.writeString(out.resolve(".half-written.dcm.veil-tmp"), "partial");
        second = run(corpus, out);
    }

    static RunSummary run(Path in, Path out) throws IOException, InterruptedException {
        RunConfig config = new RunConfig(in, out, SecretKey.of(new byte[32]), RuleSet.compile(ProfileLoader.load("basic"), Set.of()),
                2, TextCleaner.PLACEHOLDER, null, "test");
        return new DeidRun(config).run(RunListener.NONE);
    }

    @Test
    void everyInputIsAccountedFor() {
        assertThat(first.inputs()).isGreaterThan(80);
        assertThat(first.written() + first.skipped() + first.quarantined()).isEqualTo(first.inputs());
        assertThat(first.written()).isGreaterThan(35);
        assertThat(first.exitCode()).isEqualTo(2);
    }

    @Test
    void everyQuarantinedInputHasAReason() throws IOException {
        List<String> lines = Files.readAllLines(first.quarantineList());
        assertThat(lines).hasSize((int) first.quarantined() + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split("\t")).hasSize(2));
        assertThat(String.join("\n", lines))
                .contains("SC_rgb_jpeg.dcm\tdamaged file: element (0008,0008) has no valid VR")
                .contains("nested_priv_SQ.dcm\tdamaged file: the toolkit stopped")
                .contains("MR_truncated.dcm\tdamaged file: file ends inside Pixel Data");
    }

    @Test
    void aRerunResumesWithoutWritingAgain() {
        assertThat(second.written()).isZero();
        assertThat(second.alreadyDone()).isEqualTo(first.written());
    }

    @Test
    void everyOutputParsesAndSaysItWasDeidentified() throws Exception {
        List<Path> outputs = outputs();
        assertThat(outputs).hasSize((int) first.written());
        for (Path p : outputs) {
            AttributeList l = InstanceReader.readFull(p);
            assertThat(l.get(TagFromName.PatientIdentityRemoved).getSingleStringValueOrEmptyString()).as(p.toString()).isEqualTo("YES");
            assertThat(l.get(TagFromName.DeidentificationMethodCodeSequence)).isNotNull();
            assertThat(l.keySet()).noneMatch(t -> t.isPrivate() && !t.isPrivateCreator());
        }
    }

    @Test
    void noTemporaryFileIsLeftBehindAndStaleOnesAreRemovedOnResume() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(p -> p.toString().endsWith(".veil-tmp"))).isEmpty();
        }
    }

    @Test
    void streamedPixelsAreByteForByteTheInputs() throws Exception {
        // liver_1frame is written by streaming: its Pixel Data element is the tail of both files. (Run alone: the
        // corpus holds a big-endian copy with the same SOP Instance UID, and either may be the one released.)
        Path alone = work.resolve("alone-in");
        Files.createDirectories(alone);
        Path in = Files.copy(corpus.resolve("test_files/liver_1frame.dcm"), alone.resolve("liver.dcm"));
        InstanceReader.Header h = InstanceReader.readHeader(in);
        assertThat(h.streamsPixels()).isTrue();
        RunSummary s = run(alone, work.resolve("alone-out"));
        assertThat(s.written()).isEqualTo(1);
        Path outFile;
        try (Stream<Path> walk = Files.walk(work.resolve("alone-out"))) {
            outFile = walk.filter(p -> p.toString().endsWith(".dcm")).findFirst().orElseThrow();
        }
        byte[] input = Files.readAllBytes(in);
        byte[] pixelElement = java.util.Arrays.copyOfRange(input, (int) h.pixelDataStart(), input.length);
        byte[] output = Files.readAllBytes(outFile);
        assertThat(java.util.Arrays.copyOfRange(output, output.length - pixelElement.length, output.length)).isEqualTo(pixelElement);
    }

    @Test
    void theAuditNamesNoInputPathOrValue() throws IOException {
        String audit = Files.readString(first.audit());
        assertThat(audit).doesNotContain("test_files").doesNotContain("liver_1frame").doesNotContain("MR_small").doesNotContain("CompressedSamples");
        assertThat(audit.lines().count()).isEqualTo(first.inputs() * 2);   // two runs, one line per input each
    }

    static List<Path> outputs() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".dcm")).toList();
        }
    }
}
