package veil.deid.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import veil.deid.io.Attributes;
import veil.deid.io.DatasetWalker;
import veil.deid.keys.SecretKey;
import veil.deid.pixels.PixelCleaner;
import veil.deid.pixels.PixelOutcome;
import veil.deid.text.TextCleaner;
import veil.rules.DeidOption;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/** The engine as a library: parsed instance in, decision out, no file anywhere. */
class InstanceEngineTest {

    private static final SecretKey KEY = SecretKey.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    private static InstanceEngine engine(PixelCleaner cleaner, DeidOption... options) throws Exception {
        return new InstanceEngine(KEY, RuleSet.compile(ProfileLoader.load("basic"), Set.of(options)), TextCleaner.PLACEHOLDER,
                cleaner, "test");
    }

    @Test
    void releasesAnInMemoryInstanceWithAPseudonymisedPathAndNoIdentifiers() throws Exception {
        AttributeList list = HeaderDeidentifierTest.instance("20200102");
        InstanceEngine engine = engine(null);
        String expectedPath = engine.outputPath(list).orElseThrow();

        InstanceResult result = engine.deidentify(new ParsedInstance(list, TransferSyntax.ExplicitVRLittleEndian, PixelSource.IN_DATASET));

        assertThat(result).isInstanceOf(InstanceResult.Released.class);
        InstanceResult.Released r = (InstanceResult.Released) result;
        assertThat(r.outputPath()).isEqualTo(expectedPath).doesNotContain("1.2.3.100").doesNotContain("MRN12345").endsWith(".dcm");
        assertThat(Attributes.string(r.dataset(), TagFromName.PatientName)).doesNotContain("DOE");
        assertThat(Attributes.string(r.dataset(), TagFromName.PatientIdentityRemoved)).isEqualTo("YES");
        assertThat(r.screening()).isEqualTo(PixelScreening.NO_PIXELS);
    }

    @Test
    void theSameKeyGivesTheSameDecisionsInAnotherEngine() throws Exception {
        InstanceResult.Released a = (InstanceResult.Released) engine(null).deidentify(new ParsedInstance(
                HeaderDeidentifierTest.instance("20200102"), TransferSyntax.ExplicitVRLittleEndian, PixelSource.IN_DATASET));
        InstanceResult.Released b = (InstanceResult.Released) engine(null).deidentify(new ParsedInstance(
                HeaderDeidentifierTest.instance("20200102"), TransferSyntax.ExplicitVRLittleEndian, PixelSource.IN_DATASET));
        assertThat(a.outputPath()).isEqualTo(b.outputPath());
        assertThat(Attributes.string(a.dataset(), TagFromName.StudyInstanceUID))
                .isEqualTo(Attributes.string(b.dataset(), TagFromName.StudyInstanceUID)).startsWith("2.25.");
    }

    @Test
    void quarantinesAnInstanceWithoutItsUidsAndNamesWhatIsMissing() throws Exception {
        AttributeList list = HeaderDeidentifierTest.instance("20200102");
        list.remove(TagFromName.SeriesInstanceUID);
        InstanceResult result = engine(null).deidentify(new ParsedInstance(list, TransferSyntax.ExplicitVRLittleEndian, PixelSource.IN_DATASET));
        assertThat(result).isInstanceOfSatisfying(InstanceResult.Quarantined.class,
                q -> assertThat(q.reason()).isEqualTo("missing Series Instance UID"));
    }

    @Test
    void streamedPixelsPassThroughAndAreCountedAsNotScreenedWhenNothingAsksForCleaning() throws Exception {
        AtomicInteger wholeReads = new AtomicInteger();
        PixelSource streamed = new PixelSource.Streamed(1234, () -> {
            wholeReads.incrementAndGet();
            return new AttributeList();
        });
        InstanceResult.Released r = (InstanceResult.Released) engine(null).deidentify(new ParsedInstance(
                HeaderDeidentifierTest.instance("20200102"), TransferSyntax.ExplicitVRLittleEndian, streamed));
        assertThat(r.pixels()).isSameAs(streamed);
        assertThat(r.screening()).isEqualTo(PixelScreening.NOT_SCREENED);
        assertThat(wholeReads).hasValue(0);
    }

    @Test
    void pixelCleaningReadsTheWholeDatasetFromTheSourceAndMarksTheInstanceScreened() throws Exception {
        AttributeList header = HeaderDeidentifierTest.instance("20200102");
        HeaderDeidentifierTest.put(header, TagFromName.BurnedInAnnotation, "YES");
        List<String> seenNames = new ArrayList<>();
        PixelCleaner cleaner = (original, policy) -> {
            seenNames.add(Attributes.string(original, TagFromName.PatientName));   // the original identifiers, before deid
            return new PixelOutcome.NoText(List.of());
        };
        AttributeList whole = HeaderDeidentifierTest.instance("20200102");
        HeaderDeidentifierTest.put(whole, TagFromName.BurnedInAnnotation, "YES");
        OtherWordAttribute px = new OtherWordAttribute(TagFromName.PixelData);
        px.setValues(new short[512 * 512]);
        whole.put(px);
        PixelSource streamed = new PixelSource.Streamed(99, () -> whole);
        InstanceResult result = engine(cleaner, DeidOption.CLEAN_PIXEL_DATA)
                .deidentify(new ParsedInstance(header, TransferSyntax.ExplicitVRLittleEndian, streamed));
        assertThat(result).isInstanceOf(InstanceResult.Released.class);
        InstanceResult.Released r = (InstanceResult.Released) result;
        assertThat(seenNames).containsExactly("DOE^JANE");
        assertThat(r.pixels()).isInstanceOf(PixelSource.InDataset.class);
        assertThat(r.dataset().get(TagFromName.PixelData)).isNotNull();
        assertThat(Attributes.string(r.dataset(), TagFromName.BurnedInAnnotation)).isEqualTo("NO");
        assertThat(r.screening()).isEqualTo(PixelScreening.SCREENED);
    }

    @Test
    void burnedInTextWithoutThePixelOptionIsQuarantined() throws Exception {
        AttributeList header = HeaderDeidentifierTest.instance("20200102");
        HeaderDeidentifierTest.put(header, TagFromName.BurnedInAnnotation, "YES");
        InstanceResult result = engine(null).deidentify(new ParsedInstance(header, TransferSyntax.ExplicitVRLittleEndian, PixelSource.IN_DATASET));
        assertThat(result).isInstanceOfSatisfying(InstanceResult.Quarantined.class,
                q -> assertThat(q.reason()).contains("clean-pixel-data option is off").doesNotContain("DOE"));
    }

    @Test
    void theWalkerVisitsNestedItemsWithTheirPaths() throws Exception {
        List<String> paths = new ArrayList<>();
        DatasetWalker.walk(HeaderDeidentifierTest.instance("20200102"), (path, a, owner) -> paths.add(path));
        assertThat(paths).contains("PatientName").anyMatch(p -> p.matches("[A-Za-z]+Sequence\\[0]/ReferencedSOPClassUID"));
    }
}
