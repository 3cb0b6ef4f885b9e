package veil.deid.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.engine.InstanceEngine;
import veil.deid.keys.SecretKey;
import veil.deid.text.TextCleaner;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/** The run commits outputs off the CPU workers: what a staged output may and may not look like before its commit. */
class StagedCommitTest {

    private static final SecretKey KEY = SecretKey.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    @TempDir
    Path tmp;

    @Test
    void aStagedOutputHasNoFinalNameAndNoAuditLineUntilItsCommitRecordsItThenRenamesIt() throws Exception {
        Path input = tmp.resolve("in/CT_small.dcm");
        Files.createDirectories(input.getParent());
        Files.copy(Path.of("src/test/resources/corpus/test_files/CT_small.dcm"), input);
        Path out = tmp.resolve("out");
        Recorded recorded = new Recorded(out);
        InstanceEngine engine = new InstanceEngine(KEY, RuleSet.compile(ProfileLoader.load("basic"), Set.of()),
                TextCleaner.PLACEHOLDER, null, "test");
        FileProcessor processor = new FileProcessor(out, engine, FileProcessor.Claims.inMemory(), true, recorded);

        FileProcessor.Staged staged = processor.stage(input, "CT_small.dcm");

        assertThat(staged.waitsForDisk()).isTrue();
        assertThat(recorded.lines).isEmpty();
        assertThat(dicomFilesUnder(out)).isEmpty();   // only the temporary file exists
        FileOutcome outcome = processor.commit(staged);
        assertThat(outcome).isInstanceOf(FileOutcome.Written.class);
        assertThat(recorded.lines).containsExactly("CT_small.dcm written");
        assertThat(recorded.finalNameExisted).containsExactly(false);   // audit line first, rename after
        assertThat(Files.exists(out.resolve(((FileOutcome.Written) outcome).output()))).isTrue();
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(FileProcessor.TEMP_SUFFIX))).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotDicomIsStagedAsFinishedAndRecordedOnlyAtItsCommit() throws Exception {
        Path input = tmp.resolve("notes.txt");
        Files.writeString(input, "not an image");
        Recorded recorded = new Recorded(tmp.resolve("out"));
        InstanceEngine engine = new InstanceEngine(KEY, RuleSet.compile(ProfileLoader.load("basic"), Set.of()),
                TextCleaner.PLACEHOLDER, null, "test");
        FileProcessor processor = new FileProcessor(tmp.resolve("out"), engine, FileProcessor.Claims.inMemory(), true, recorded);

        FileProcessor.Staged staged = processor.stage(input, "notes.txt");

        assertThat(staged.waitsForDisk()).isFalse();
        assertThat(recorded.lines).isEmpty();
        assertThat(processor.commit(staged).status()).isEqualTo("skipped");
        assertThat(recorded.lines).containsExactly("notes.txt skipped");
    }

    /** The audit as a list: each line, and whether a written output's final name already existed when it was recorded. */
    private static final class Recorded implements FileProcessor.Recorder {
        final List<String> lines = new ArrayList<>();
        final List<Boolean> finalNameExisted = new ArrayList<>();
        private final Path out;

        Recorded(Path out) {
            this.out = out;
        }

        @Override
        public DoneMarker doneMarker(String output) {
            return null;
        }

        @Override
        public void record(String relativeInput, FileOutcome outcome, DoneMarker marker) {
            lines.add(relativeInput + " " + outcome.status());
            if (outcome instanceof FileOutcome.Written w) finalNameExisted.add(Files.exists(out.resolve(w.output())));
        }
    }

    private static List<Path> dicomFilesUnder(Path out) throws IOException {
        if (!Files.exists(out)) return List.of();
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".dcm")).toList();
        }
    }
}
