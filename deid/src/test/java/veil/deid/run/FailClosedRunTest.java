package veil.deid.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.keys.SecretKey;
import veil.deid.text.TextCleaner;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/**
 * A hostile archive through the whole run: names under corrupted tags and inside kept values, and damaged files.
 * Nothing identifying is released, every refusal has a clear reason without the name, every audit line parses.
 */
class FailClosedRunTest {

    private static final String NAME = "QUIXOTE^ALONSO";

    @TempDir
    static Path work;
    static Path in;
    static RunSummary summary;
    static int instances;

    @BeforeAll
    static void run() throws Exception {
        Path corpus = Path.of(FailClosedRunTest.class.getResource("/corpus/test_files").toURI());
        in = Files.createDirectories(work.resolve("in"));
        byte[] explicit = withName(corpus.resolve("CT_small.dcm"));
        byte[] implicit = withName(corpus.resolve("MR_small_implicit.dcm"));
        Files.write(in.resolve("tag-explicit.dcm"), corruptPatientNameTag(explicit, true));
        Files.write(in.resolve("tag-implicit.dcm"), corruptPatientNameTag(implicit, false));
        Files.write(in.resolve("cut-in-pixels.dcm"), Arrays.copyOf(withName(corpus.resolve("MR_small.dcm")), 5000));
        edit(corpus.resolve("CT_small.dcm"), in.resolve("name-in-instance-number.dcm"), TagFromName.InstanceNumber, NAME);
        edit(corpus.resolve("CT_small.dcm"), in.resolve("name-in-frames.dcm"), TagFromName.NumberOfFrames, NAME);
        edit(corpus.resolve("CT_small.dcm"), in.resolve("name-in-sop-class.dcm"), TagFromName.SOPClassUID, "1.2.840." + NAME);
        RunConfig config = new RunConfig(in, work.resolve("out"), SecretKey.of(new byte[32]),
                RuleSet.compile(ProfileLoader.load("basic"), Set.of()), 1, TextCleaner.PLACEHOLDER, null, "test");
        summary = new DeidRun(config).run(RunListener.NONE);
    }

    /** The file with PatientName set to {@link #NAME}, encoded as it was. */
    private static byte[] withName(Path source) throws Exception {
        Path f = work.resolve("named-" + source.getFileName());
        edit(source, f, TagFromName.PatientName, NAME);
        return Files.readAllBytes(f);
    }

    private static void edit(Path source, Path target, AttributeTag tag, String value) throws Exception {
        AttributeList l = new AttributeList();
        try (DicomInputStream dis = new DicomInputStream(source.toFile())) {
            l.read(dis);
        }
        String ts = Attribute.getSingleStringValueOrEmptyString(l, TagFromName.TransferSyntaxUID);
        Attribute a = AttributeFactory.newAttribute(tag);
        a.addValue(value);
        l.put(a);
        Attribute uid = AttributeFactory.newAttribute(TagFromName.SOPInstanceUID);   // distinct instances, not duplicates
        uid.addValue("1.2.3.4." + (++instances));
        l.put(uid);
        l.write(target.toFile(), ts, true, true);
    }

    /** (0010,0010) becomes (0010,0011): one flipped bit, a tag no dictionary defines. */
    private static byte[] corruptPatientNameTag(byte[] b, boolean explicit) {
        for (int i = 132; i + 8 < b.length; i++) {
            if (b[i] == 0x10 && b[i + 1] == 0 && b[i + 2] == 0x10 && b[i + 3] == 0 && (!explicit || b[i + 4] == 'P' && b[i + 5] == 'N')) {
                byte[] out = b.clone();
                out[i + 2] = 0x11;
                return out;
            }
        }
        throw new AssertionError("no PatientName element");
    }

    static List<Path> outputs() throws IOException {
        try (Stream<Path> s = Files.walk(work.resolve("out"))) {
            return s.filter(p -> p.toString().endsWith(".dcm")).toList();
        }
    }

    @Test
    void noReleasedOutputHoldsTheName() throws Exception {
        assertThat(outputs()).hasSize((int) summary.written());
        for (Path p : outputs()) {
            String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(p.toString()).doesNotContain("QUIXOTE").doesNotContain("ALONSO");
        }
    }

    @Test
    void namesUnderCorruptedTagsAndInNumbersAreRemovedAndTheRestReleased() {
        // tag-explicit, tag-implicit and name-in-instance-number are released without the name
        assertThat(summary.written()).isEqualTo(3);
        assertThat(summary.quarantined()).isEqualTo(3);
    }

    @Test
    void damagedAndUnwritableInstancesAreQuarantinedWithClearReasons() throws Exception {
        String list = String.join("\n", Files.readAllLines(summary.quarantineList()));
        assertThat(list).contains("cut-in-pixels.dcm\tdamaged file: file ends inside Pixel Data (declares")
                .contains("name-in-frames.dcm\tdamaged file: Pixel Data is described by NumberOfFrames, which is not a valid number")
                .contains("name-in-sop-class.dcm\tSOPClassUID is not a valid UI value: the instance cannot be written correctly");
        assertThat(list).doesNotContain("QUIXOTE");
    }

    @Test
    void everyAuditLineParsesAndNamesNoValue() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(summary.audit());
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            assertThat(json.readTree(line).path("status").asText()).isIn("written", "quarantined");
            assertThat(line).doesNotContain("QUIXOTE");
        }
        assertThat(String.join("\n", lines)).contains("(0010,0011): not in the DICOM dictionary; removed")
                .contains("InstanceNumber: value not valid for VR IS; removed");
    }
}
