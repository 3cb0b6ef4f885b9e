package veil.deid.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.io.InstanceReader;

/** kill -9 at two points of a run: no partial output under a final name, no released file without its audit line. */
class KillResumeTest {

    @TempDir
    Path work;

    @Test
    void aRunKilledTwiceLeavesOnlyWholeAuditedOutputsAndAThirdRunFinishesTheJob() throws Exception {
        Path in = work.resolve("in");
        RunSafetyTest.copies(in, 80);
        Path out = work.resolve("out");
        Path audit = RunSafetyTest.config(in, out).auditFile();
        for (int kill : new int[] {10, 40}) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KillRunMain.class.getName(), in.toString(), out.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && countWhileRunning(out) < kill && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            child.destroyForcibly();   // SIGKILL: no shutdown hook, no finally
            child.waitFor(30, TimeUnit.SECONDS);
            assertThat(RunSafetyTest.outputs(out).size()).as("killed mid-run").isLessThan(80);
            assertWholeAndAudited(out, audit);
        }
        RunSummary last = RunSafetyTest.run(RunSafetyTest.config(in, out));
        assertThat(last.written() + last.alreadyDone()).isEqualTo(80);
        assertThat(last.quarantined()).isZero();
        assertThat(RunSafetyTest.outputs(out)).hasSize(80);
        assertWholeAndAudited(out, audit);
    }

    /** The child renames files while this walks: a file that vanished mid-walk just means "look again". */
    private static int countWhileRunning(Path out) {
        try {
            return Files.exists(out) ? RunSafetyTest.outputs(out).size() : 0;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static void assertWholeAndAudited(Path out, Path audit) throws Exception {
        Set<String> audited = new HashSet<>();
        List<JsonNode> lines = RunSafetyTest.auditLines(audit);   // every line parses: none torn
        for (JsonNode n : lines) if (n.get("status").asText().equals("written")) audited.add(n.get("output").asText());
        for (Path f : RunSafetyTest.outputs(out)) {
            assertThat(InstanceReader.readFull(f).get(TagFromName.PixelData)).as("whole output").isNotNull();
            assertThat(audited).as("audit line of a released file").contains(out.relativize(f).toString());
        }
    }
}
