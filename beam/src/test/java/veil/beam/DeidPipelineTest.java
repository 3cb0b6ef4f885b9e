package veil.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.keys.SecretKey;
import veil.deid.run.DeidRun;
import veil.deid.run.FileProcessor;
import veil.deid.run.RunConfig;
import veil.deid.run.RunListener;
import veil.deid.run.RunSummary;
import veil.deid.text.ScanningTextCleaner;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;
import veil.testkit.dicom.BurnedInMarking;
import veil.testkit.dicom.PhiStudyGenerator;
import veil.testkit.dicom.SyntheticTransferSyntax;

/** The Beam pipeline on the DirectRunner against the local run: same files, same bytes, same audit and quarantine. */
class DeidPipelineTest {

    @TempDir
    static Path work;
    static Path in;
    static RunSummary local;
    static DeidPipeline.Summary beam;
    static DeidPipeline.Summary resumed;
    static List<String> auditAfterFirstBeamRun;

    @BeforeAll
    static void runBoth() throws Exception {
        in = work.resolve("in");
        new PhiStudyGenerator(11).patients(2).studiesPerPatient(2).seriesPerStudy(1).instancesPerSeries(2)
                .transferSyntaxes(SyntheticTransferSyntax.values())
                .burnedInAnnotation(BurnedInMarking.FIRST_IMAGE_OF_STUDY_YES)   // quarantined: clean-pixel-data is off
                .nonDicomFiles(true)
                .write(in);
        Path first;
        try (Stream<Path> files = Files.walk(in)) {
            first = files.filter(p -> p.toString().endsWith(".dcm")).sorted().findFirst().orElseThrow();
        }
        Files.copy(first, in.resolve("zz-copy-of-first.dcm"));                       // same SOP Instance UID: a duplicate
        Files.write(in.resolve("truncated.dcm"), java.util.Arrays.copyOf(Files.readAllBytes(first), 400));

        Path keyFile = work.resolve("key");
        SecretKey key = SecretKey.loadOrCreate(keyFile).key();
        RunConfig config = new RunConfig(in, work.resolve("local"), key, RuleSet.compile(ProfileLoader.load("basic"), Set.of()),
                1, text -> ScanningTextCleaner.shared().clean(text), null, veil.deid.run.ToolVersion.VERSION);
        local = new DeidRun(config).run(RunListener.NONE);

        RunSpec spec = new RunSpec(in.toString(), work.resolve("beam").toString(), keyFile.toString(), "basic", List.of(),
                veil.deid.run.ToolVersion.VERSION);
        beam = new DeidPipeline(spec, DeidPipeline.Runner.DIRECT, 2, Map.of()).run();
        auditAfterFirstBeamRun = Files.readAllLines(work.resolve("beam.audit.jsonl"));
        resumed = new DeidPipeline(spec, DeidPipeline.Runner.DIRECT, 2, Map.of()).run();
    }

    @Test
    void releasedFilesAreByteIdenticalToTheLocalRun() throws Exception {
        Map<String, byte[]> localFiles = files(work.resolve("local"));
        Map<String, byte[]> beamFiles = files(work.resolve("beam"));
        assertThat(localFiles).isNotEmpty();
        assertThat(beamFiles.keySet()).isEqualTo(localFiles.keySet());
        for (String path : localFiles.keySet()) {
            assertThat(beamFiles.get(path)).as(path).isEqualTo(localFiles.get(path));
        }
    }

    @Test
    void countsMatchTheLocalRunIncludingTheDuplicateAndTheTruncatedFile() {
        assertThat(beam.inputs()).isEqualTo(local.inputs());
        assertThat(beam.written()).isEqualTo(local.written());
        assertThat(beam.skipped()).isEqualTo(local.skipped()).isPositive();
        assertThat(beam.quarantined()).isEqualTo(local.quarantined()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void auditLinesAndQuarantineRowsAreTheLocalRunsInSomeOrder() throws Exception {
        assertThat(auditAfterFirstBeamRun).containsExactlyInAnyOrderElementsOf(Files.readAllLines(work.resolve("local.audit.jsonl")));
        List<String> localRows = Files.readAllLines(work.resolve("local.quarantine.tsv"));
        List<String> beamRows = Files.readAllLines(work.resolve("beam.quarantine.tsv"));
        assertThat(beamRows.get(0)).isEqualTo(localRows.get(0));
        assertThat(beamRows).containsExactlyInAnyOrderElementsOf(localRows);
        assertThat(beamRows).anyMatch(r -> r.startsWith("zz-copy-of-first.dcm\t") && r.endsWith(FileProcessor.DUPLICATE));
    }

    @Test
    void aSecondRunResumesAppendsToTheAuditAndLeavesNoTemporaryFiles() throws Exception {
        assertThat(resumed.written()).isZero();
        assertThat(resumed.alreadyDone()).isEqualTo(beam.written());
        assertThat(Files.readAllLines(work.resolve("beam.audit.jsonl"))).hasSize(2 * auditAfterFirstBeamRun.size());
        assertThat(Files.exists(work.resolve("beam.audit.jsonl.beam-part"))).isFalse();
        try (Stream<Path> files = Files.walk(work)) {
            assertThat(files.filter(p -> p.toString().endsWith(FileProcessor.TEMP_SUFFIX))).isEmpty();
        }
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
