package veil.deid.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.io.InstanceReader;
import veil.deid.io.InstanceWriter;
import veil.deid.keys.SecretKey;
import veil.deid.text.TextCleaner;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/** The file-system runner's promises: one run per OUT, crash-safe audit, resume that verifies, paths, full disk. */
class RunSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final SecretKey KEY = SecretKey.of(new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
            12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});

    @TempDir
    static Path work;
    static Path input;

    /** Twelve distinct small CT instances (copies of the corpus CT with their own SOP Instance UIDs). */
    @BeforeAll
    static void makeInput() throws Exception {
        input = work.resolve("in");
        copies(input, 12);
    }

    static void copies(Path dir, int n) throws Exception {
        copies(dir, n, 1000);
    }

    static void copies(Path dir, int n, int firstUid) throws Exception {
        Files.createDirectories(dir);
        Path ct = Path.of(RunSafetyTest.class.getResource("/corpus/test_files/CT_small.dcm").toURI());
        for (int i = 0; i < n; i++) {
            AttributeList l = InstanceReader.readFull(ct);
            UniqueIdentifierAttribute sop = new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID);
            sop.addValue("1.2.826.0.1.3680043.9.7433." + (firstUid + i));
            l.put(sop);
            InstanceWriter.writeWhole(l, "1.2.840.10008.1.2.1", dir.resolve(String.format("ct-%03d.dcm", i)));
        }
    }

    static RunConfig config(Path in, Path out) throws Exception {
        return new RunConfig(in, out, KEY, RuleSet.compile(ProfileLoader.load("basic"), Set.of()), 2, TextCleaner.PLACEHOLDER,
                null, "test");
    }

    static RunSummary run(RunConfig c) throws Exception {
        return new DeidRun(c).run(RunListener.NONE);
    }

    static List<Path> outputs(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    static List<JsonNode> auditLines(Path audit) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(audit)) lines.add(JSON.readTree(l));   // every line parses
        return lines;
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path out = work.resolve("locked-out");
        RunConfig c = config(input, out);
        try (RunLock held = RunLock.acquire(c.lockFile(), false, () -> { })) {
            assertThatThrownBy(() -> run(c)).isInstanceOf(RunLock.Busy.class).hasMessageContaining("--wait");
        }
        assertThat(out).doesNotExist();
        assertThat(run(c).written()).isEqualTo(12);   // released lock: the next run goes ahead
    }

    @Test
    void withWaitASecondRunStartsWhenTheFirstReleasesTheLock() throws Exception {
        Path out = work.resolve("wait-out");
        RunConfig c = config(input, out).withWaitForLock(true);
        RunLock held = RunLock.acquire(c.lockFile(), false, () -> { });
        CompletableFuture<RunSummary> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return run(c);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(500);
        assertThat(waiting).isNotDone();
        held.close();
        assertThat(waiting.get(60, TimeUnit.SECONDS).written()).isEqualTo(12);
    }

    @Test
    void resumeRedoesAnEmptyOrTruncatedOutputAndOneWithoutAnAuditRecord() throws Exception {
        Path out = work.resolve("resume-out");
        RunConfig c = config(input, out);
        assertThat(run(c).written()).isEqualTo(12);
        List<Path> outs = outputs(out);
        byte[] whole = Files.readAllBytes(outs.get(1));
        Files.write(outs.get(0), new byte[0]);                                               // a power cut's empty file
        Files.write(outs.get(1), java.util.Arrays.copyOf(whole, whole.length / 2));          // a truncated file
        Files.copy(outs.get(3), outs.get(2), java.nio.file.StandardCopyOption.REPLACE_EXISTING);   // someone else's bytes
        RunSummary second = run(c);
        assertThat(second.written()).isEqualTo(3);
        assertThat(second.alreadyDone()).isEqualTo(9);
        assertThat(Files.readAllBytes(outs.get(1))).isEqualTo(whole);
        for (Path p : outputs(out)) assertThat(InstanceReader.readFull(p).get(TagFromName.PixelData)).isNotNull();
        auditLines(c.auditFile());
    }

    @Test
    void aTornLastAuditLineIsCutOffAndLaterLinesStayWhole() throws Exception {
        Path out = work.resolve("torn-out");
        RunConfig c = config(input, out);
        run(c);
        Files.writeString(c.auditFile(), "{\"input\":\"abc\",\"status\":\"wri", java.nio.file.StandardOpenOption.APPEND);
        RunSummary second = run(c);
        assertThat(second.alreadyDone()).isEqualTo(12);
        List<JsonNode> lines = auditLines(c.auditFile());
        assertThat(lines).hasSize(24);
    }

    @Test
    void everyReleasedFileHasItsAuditLineWithSizeAndHash() throws Exception {
        Path out = work.resolve("marker-out");
        RunConfig c = config(input, out);
        run(c);
        List<JsonNode> written = auditLines(c.auditFile()).stream().filter(n -> n.get("status").asText().equals("written")).toList();
        assertThat(written).hasSize(12);
        for (JsonNode n : written) {
            Path f = out.resolve(n.get("output").asText());
            assertThat(f).exists();
            assertThat(n.get("size").asLong()).isEqualTo(Files.size(f));
            assertThat(DoneMarker.of(f).headCrc()).isEqualTo(Long.parseUnsignedLong(n.get("head_crc32c").asText(), 16));
        }
    }

    @Test
    void anInputFolderGivenAsASymbolicLinkIsFollowed() throws Exception {
        Path link = Files.createSymbolicLink(work.resolve("in-link"), input);
        RunSummary s = run(config(link, work.resolve("link-out")));
        assertThat(s.written()).isEqualTo(12);
    }

    @Test
    void aSymbolicLinkToAFolderInsideInIsListedNotSilentlySkippedAndWalkedOnRequest() throws Exception {
        Path in = work.resolve("with-link");
        copies(in.resolve("real"), 2);
        Path elsewhere = work.resolve("elsewhere");
        copies(elsewhere, 3, 5000);
        Files.createSymbolicLink(in.resolve("linked"), elsewhere);
        RunConfig c = config(in, work.resolve("with-link-out"));
        RunSummary s = run(c);
        assertThat(s.notWalked()).isEqualTo(1);
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(Files.readString(c.quarantineList())).contains("linked\tsymbolic link to a folder, not walked (use --follow-links)");
        RunSummary followed = run(config(in, work.resolve("followed-out")).withFollowLinks(true));
        assertThat(followed.notWalked()).isZero();
        assertThat(followed.written()).isEqualTo(5);
    }

    @Test
    void anOutputInsideTheInputThroughASymbolicLinkIsRefused() throws Exception {
        Path in = work.resolve("sneaky-in");
        copies(in, 1);
        Path link = Files.createSymbolicLink(work.resolve("sneaky-link"), in);
        assertThatThrownBy(() -> run(config(in, link.resolve("out")))).hasMessageContaining("must not be inside the input");
    }

    @Test
    void anUnreadableFolderIsListedWithItsReasonInsteadOfAbortingTheRun() throws Exception {
        InputWalk.Visitor v = new InputWalk.Visitor();
        v.visitFileFailed(work.resolve("locked"), new java.nio.file.AccessDeniedException("locked"));
        assertThat(v.notWalked).singleElement().satisfies(n -> assertThat(n.reason()).contains("permission denied"));
    }

    @Test
    void aFullOutputDiskStopsTheRunWithAClearMessageAndARerunResumes() throws Exception {
        Path mount = work.resolve("small-disk");
        Files.createDirectories(mount);
        // CT_small outputs are ~40 KB: 200 KB holds a few of them and then the disk is full.
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", mount.toString()).redirectErrorStream(true).start();
        boolean mounted = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "needs root to mount a small tmpfs");
        try {
            Path out = mount.resolve("out");
            RunConfig c = config(input, out);
            assertThatThrownBy(() -> run(c)).isInstanceOf(DeidRun.OutputUnwritable.class)
                    .hasMessageContaining("no space left on the output disk").hasMessageContaining("resumes");
            int before = outputs(out).size();
            assertThat(before).isBetween(1, 11);
            // Nothing was blamed on the inputs.
            if (Files.exists(c.quarantineList())) assertThat(Files.readAllLines(c.quarantineList())).hasSizeLessThanOrEqualTo(1);
            for (Path f : outputs(out)) assertThat(InstanceReader.readFull(f).get(TagFromName.PixelData)).isNotNull();
            new ProcessBuilder("mount", "-o", "remount,size=4m", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
            RunSummary again = run(c);
            assertThat(again.alreadyDone()).isEqualTo(before);
            assertThat(again.written()).isEqualTo(12 - before);
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
