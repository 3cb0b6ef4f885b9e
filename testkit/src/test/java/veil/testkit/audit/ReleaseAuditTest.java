package veil.testkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.audit.finding.Severity;
import veil.audit.run.AuditListener;
import veil.audit.run.AuditOptions;
import veil.audit.run.AuditResult;
import veil.audit.run.AuditRun;
import veil.audit.run.FileRecord;
import veil.audit.run.PixelScreening;
import veil.cli.Main;
import veil.rules.PixelPolicy;
import veil.testkit.dicom.GeneratedInstance;
import veil.testkit.dicom.GeneratedSet;
import veil.testkit.dicom.PhiStudyGenerator;

/**
 * The audit on generated collections: every raw file (seeded PHI everywhere) is flagged, and a release made by a
 * strict de-identification (Veil's basic profile; PixelMed's own basic pass as an independent reference) has at most
 * 5% of its files flagged at medium or above.
 */
class ReleaseAuditTest {

    @TempDir
    static Path dir;
    static GeneratedSet set;

    @BeforeAll
    static void generate() throws Exception {
        set = new PhiStudyGenerator(23).patients(3).studiesPerPatient(2).imageSize(64, 64).write(dir.resolve("raw"));
        int code = Main.commandLine().execute("deid", dir.resolve("raw").toString(), dir.resolve("veil-release").toString(),
                "--key-file", dir.resolve("k.key").toString(), "--quiet");
        assertThat(code).isIn(0, 2);
    }

    /** The demo's ending: the raw input's audit exits 3, the release's exits 0, and the release can be sampled. */
    @Test
    void theCommandExits3OnTheRawInputAnd0OnTheReleaseWhichCanThenBeSampled() throws Exception {
        Path raw = dir.resolve("raw"), out = dir.resolve("veil-release");
        assertThat(Main.commandLine().execute("audit", raw.toString(), "--json", dir.resolve("raw.json").toString(),
                "--html", dir.resolve("raw.html").toString(), "--pixels", "none", "-q")).isEqualTo(3);
        assertThat(Main.commandLine().execute("audit", out.toString(), "--json", dir.resolve("rel.json").toString(),
                "--html", dir.resolve("rel.html").toString(), "--pixels", "none", "--original", raw.toString(),
                "--key", dir.resolve("k.key").toString(), "-q")).isEqualTo(0);
        String html = Files.readString(dir.resolve("rel.html"));
        assertThat(html).contains("uid_consistent").doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        Path sample = dir.resolve("SAMPLE");
        assertThat(Main.commandLine().execute("sample", out.toString(), "--audit", dir.resolve("rel.json").toString(),
                "--out", sample.toString(), "--original", raw.toString(), "--key", dir.resolve("k.key").toString(),
                "--max-leak-rate", "0.2", "--seed", "5")).isEqualTo(0);
        List<String> items = Files.readAllLines(sample.resolve("items.jsonl"));
        assertThat(items).isNotEmpty();
        var first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(items.get(0));
        assertThat(first.get("kind").asText()).isEqualTo("spot-check");
        assertThat(first.has("fields") && first.has("marks") && first.has("stratum")).isTrue();
        boolean anyBefore = false;
        for (String line : items) {
            for (var im : new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("images")) {
                assertThat(sample.resolve(im.get("src").asText())).exists();
                if ("before".equals(im.get("label").asText())) anyBefore = true;
            }
        }
        assertThat(anyBefore).isTrue();
    }

    private static AuditResult audit(Path folder, Path original) throws Exception {
        return AuditRun.run(new AuditOptions(folder, null, null, null, original,
                original == null ? null : dir.resolve("k.key"), PixelScreening.NONE,
                PixelPolicy.Mode.ALL, 2), AuditListener.NONE);
    }

    private static double flaggedShare(AuditResult r) {
        long flagged = r.files().stream().filter(f -> f.worst() != null && f.worst().atLeast(Severity.MEDIUM)).count();
        return (double) flagged / r.files().size();
    }

    @Test
    void everyRawFileIsFlaggedAndTheRunExits3() throws Exception {
        AuditResult r = audit(dir.resolve("raw"), null);
        assertThat(r.files()).hasSizeGreaterThan(5);
        assertThat(r.files()).allSatisfy(f -> assertThat(f.worst()).isEqualTo(Severity.HIGH));
        assertThat(r.exitCode(Severity.MEDIUM)).isEqualTo(3);
    }

    @Test
    void veilsBasicReleaseIsFlaggedInAtMostFivePercentOfFiles() throws Exception {
        Path out = dir.resolve("veil-release");
        AuditResult r = audit(out, dir.resolve("raw"));
        List<String> flagged = r.files().stream().filter(f -> f.worst() != null && f.worst().atLeast(Severity.MEDIUM))
                .map(FileRecord::file).toList();
        assertThat(flaggedShare(r)).as("flagged: %s", flagged).isLessThanOrEqualTo(0.05);
        assertThat(r.matched()).isEqualTo(r.files().size());
        assertThat(r.scores()).allSatisfy(s -> assertThat(s.score()).as(s.category().id).isGreaterThanOrEqualTo(0.95));
    }

    @Test
    /**
     * PixelMed's pass (an independent reference) keeps Device Serial Number, which Table E.1-1 removes: the audit
     * must report exactly that and nothing else at medium or above in the images; PixelMed leaves SR content trees
     * alone, and the audit must catch the names in them.
     */
    void pixelMedsBasicPassIsFlaggedOnlyForTheDeviceSerialNumberItKeeps() throws Exception {
        Path out = Files.createDirectories(dir.resolve("pixelmed-release"));
        int n = 0;
        for (GeneratedInstance instance : set.instances()) {
            AttributeList list = new AttributeList();
            list.read(instance.path().toFile());
            list.removeGroupLengthAttributes();
            list.removeMetaInformationHeaderAttributes();
            list.removePrivateAttributes();
            ClinicalTrialsAttributes.removeOrNullIdentifyingAttributes(list, ClinicalTrialsAttributes.HandleUIDs.remap,
                    false, false, false, false, false, false, ClinicalTrialsAttributes.HandleDates.remove, null, null);
            ClinicalTrialsAttributes.remapUIDAttributes(list);
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "TEST");
            list.write(out.resolve("f" + n++ + ".dcm").toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        }
        AuditResult r = audit(out, null);
        java.util.Set<String> reports = new java.util.HashSet<>();
        r.files().stream().filter(f -> "SR".equals(f.modality()) || "DOC".equals(f.modality())).forEach(f -> reports.add(f.file()));
        assertThat(r.findings().stream().filter(f -> f.severity().atLeast(Severity.MEDIUM) && !reports.contains(f.file()))
                .map(f -> f.location())).isNotEmpty().allSatisfy(location -> assertThat(location).startsWith("DeviceSerialNumber"));
        assertThat(r.findings().stream().filter(f -> reports.contains(f.file()) && f.location().contains("ContentSequence")))
                .isNotEmpty();
    }
}
