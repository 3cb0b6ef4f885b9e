package veil.deid.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.io.InstanceReader;
import veil.deid.keys.SecretKey;
import veil.deid.pixels.PixelCleaner;
import veil.deid.pixels.PixelOutcome;
import veil.testkit.dicom.BurnedInMarking;
import veil.testkit.dicom.GeneratedSet;
import veil.testkit.dicom.PhiStudyGenerator;
import veil.deid.text.TextCleaner;
import veil.rules.DeidOption;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/** How the run treats what the pixel cleaner says: only verified pixels are released, with Burned In Annotation NO. */
class PixelCleaningRunTest {

    @TempDir
    Path work;

    private RunSummary run(GeneratedSet set, PixelCleaner cleaner, Path out) throws Exception {
        RuleSet rules = RuleSet.compile(ProfileLoader.load("basic"), Set.of(DeidOption.CLEAN_PIXEL_DATA));
        return new DeidRun(new RunConfig(set.root(), out, SecretKey.of(new byte[32]), rules, 2, TextCleaner.PLACEHOLDER, cleaner, "test"))
                .run(RunListener.NONE);
    }

    private GeneratedSet set() throws Exception {
        return new PhiStudyGenerator(3).patients(1).studiesPerPatient(1).seriesPerStudy(1).instancesPerSeries(2).reports(false)
                .computedTomography(false).burnedInAnnotation(BurnedInMarking.FIRST_IMAGE_OF_STUDY_YES).pixelCleaningModalities(true)
                .write(work.resolve("in"));
    }

    @Test
    void anInstanceWhosePixelsCannotBeVerifiedIsQuarantined() throws Exception {
        GeneratedSet set = set();
        AtomicInteger asked = new AtomicInteger();
        RunSummary s = run(set, (original, policy) -> {
            asked.incrementAndGet();
            assertThat(original.get(TagFromName.PixelData)).as("the cleaner sees the pixels").isNotNull();
            assertThat(original.get(TagFromName.PatientName).getSingleStringValueOrEmptyString()).as("and the original identity")
                    .doesNotStartWith("VEIL");
            return new PixelOutcome.Failed("verification found text");
        }, work.resolve("out"));
        // With clean-pixel-data every image is screened, not only flagged ones and the modalities that often carry text.
        long needing = set.instances().size();
        assertThat(asked.get()).isEqualTo((int) needing);
        assertThat(s.quarantined()).isEqualTo(needing);
        assertThat(Files.readString(s.quarantineList())).contains("pixel cleaning failed: verification found text");
    }

    @Test
    void verifiedInstancesAreReleasedWithBurnedInAnnotationNo() throws Exception {
        GeneratedSet set = set();
        RunSummary s = run(set, (original, policy) -> new PixelOutcome.NoText(List.of("no text found")), work.resolve("out"));
        assertThat(s.quarantined()).isZero();
        try (Stream<Path> walk = Files.walk(work.resolve("out"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".dcm")).toList()) {
                AttributeList l = InstanceReader.readFull(p);
                if (l.get(TagFromName.BurnedInAnnotation) != null) {
                    assertThat(l.get(TagFromName.BurnedInAnnotation).getSingleStringValueOrEmptyString()).isEqualTo("NO");
                }
            }
        }
        assertThat(Files.readString(s.audit())).contains("verified free of text");
    }

    @Test
    void withoutThePixelOptionSuchInstancesAreQuarantinedUnread() throws Exception {
        GeneratedSet set = set();
        RuleSet rules = RuleSet.compile(ProfileLoader.load("basic"), Set.of());
        RunSummary s = new DeidRun(new RunConfig(set.root(), work.resolve("out"), SecretKey.of(new byte[32]), rules, 1,
                TextCleaner.PLACEHOLDER, (o, p) -> { throw new AssertionError("not asked"); }, "test")).run(RunListener.NONE);
        assertThat(s.quarantined()).isEqualTo(set.instances().stream().filter(g -> g.burnedInAnnotationYes()).count());
    }
}
