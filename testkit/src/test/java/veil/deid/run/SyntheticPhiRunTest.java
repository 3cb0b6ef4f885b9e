package veil.deid.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.io.InstanceReader;
import veil.deid.keys.SecretKey;
import veil.testkit.dicom.BurnedInMarking;
import veil.testkit.dicom.GeneratedInstance;
import veil.testkit.dicom.GeneratedSet;
import veil.testkit.dicom.PhiKind;
import veil.testkit.dicom.PhiLeakScanner;
import veil.testkit.dicom.PhiStudyGenerator;
import veil.testkit.dicom.SeededPhi;
import veil.testkit.dicom.SyntheticTransferSyntax;
import veil.deid.text.ScanningTextCleaner;
import veil.deid.uid.UidMapper;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/** Several patients with several studies, PHI seeded everywhere: nothing may survive, references and intervals must. */
class SyntheticPhiRunTest {

    private static final SecretKey KEY = SecretKey.of("synthetic-test-key-0123456789".getBytes());

    @TempDir
    static Path work;
    static GeneratedSet set;
    static RunSummary basic;
    static RunSummary research;

    @BeforeAll
    static void generateAndRun() throws Exception {
        set = new PhiStudyGenerator(7).patients(4).studiesPerPatient(3).seriesPerStudy(2).instancesPerSeries(2)
                .transferSyntaxes(SyntheticTransferSyntax.values())
                .burnedInAnnotation(BurnedInMarking.FIRST_IMAGE_OF_STUDY_YES)
                .pixelCleaningModalities(true).nonDicomFiles(true)
                .write(work.resolve("in"));
        basic = run("basic", work.resolve("basic"));
        research = run("research", work.resolve("research"));
    }

    static RunSummary run(String profile, Path out) throws Exception {
        // The real scanner: descriptors are cleaned (research has clean-descriptors), not blanked.
        RunConfig config = new RunConfig(set.root(), out, KEY, RuleSet.compile(ProfileLoader.load(profile), Set.of()), 2,
                ScanningTextCleaner.shared(), null, "test");
        return new DeidRun(config).run(RunListener.NONE);
    }

    @Test
    void noSeededValueSurvivesInAnyOutputByteOrPathUnderTheBasicProfile() throws Exception {
        assertThat(basic.written()).isGreaterThan(20);
        assertThat(new PhiLeakScanner(set.seededPhi()).scan(work.resolve("basic"))).isEmpty();
    }

    @Test
    void noSeededIdentifierSurvivesUnderTheResearchProfile() throws Exception {
        // Shifted dates may coincide with another patient's original date; dates are checked per patient below.
        List<SeededPhi> identifying = set.seededPhi().stream()
                .filter(p -> p.kind() != PhiKind.DATE && p.kind() != PhiKind.DATE_TIME).toList();
        assertThat(new PhiLeakScanner(identifying).scan(work.resolve("research"))).isEmpty();
    }

    @Test
    void theAuditHoldsNoSeededValue() throws Exception {
        String audit = Files.readString(basic.audit()) + Files.readString(research.audit());
        for (String phi : set.phiStrings(EnumSet.of(PhiKind.PERSON_NAME, PhiKind.NAME_COMPONENT, PhiKind.IDENTIFIER, PhiKind.UID))) {
            if (phi.length() >= 4) assertThat(audit).doesNotContainIgnoringCase(phi);
        }
    }

    @Test
    void instancesThatMayHoldBurnedInTextAreQuarantinedAndNonDicomFilesSkipped() throws Exception {
        long burned = set.instances().stream().filter(GeneratedInstance::burnedInAnnotationYes).count();
        assertThat(burned).isPositive();
        String list = Files.readString(basic.quarantineList());
        assertThat(list).contains("BurnedInAnnotation").contains("clean-pixel-data option is off");
        assertThat(basic.quarantined()).isGreaterThanOrEqualTo(burned);
        assertThat(basic.skipped()).isEqualTo(set.patients().size());   // one notes.txt per patient
    }

    @Test
    void referencesBetweenFilesPointAtTheRemappedInstances() throws Exception {
        UidMapper uids = new UidMapper(KEY.derive("uid"));
        Map<String, AttributeList> bySop = outputs(work.resolve("research"));
        int checked = 0;
        for (GeneratedInstance g : set.instances()) {
            AttributeList out = bySop.get(uids.map(g.sopInstanceUid()));
            if (out == null) continue;   // quarantined
            Set<String> refs = referencedUids(out);
            for (String original : g.references()) {
                if (bySop.containsKey(uids.map(original)) && referencedByImageSequences(g)) {
                    assertThat(refs).as(g.path().getFileName().toString()).contains(uids.map(original));
                    checked++;
                }
            }
            if (g.frameOfReferenceUid().isPresent()) {
                assertThat(out.get(TagFromName.FrameOfReferenceUID).getSingleStringValueOrEmptyString())
                        .isEqualTo(uids.map(g.frameOfReferenceUid().get()));
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void intervalsBetweenAPatientsStudiesAreKept() throws Exception {
        DateTimeFormatter da = DateTimeFormatter.BASIC_ISO_DATE;
        UidMapper uids = new UidMapper(KEY.derive("uid"));
        Map<String, AttributeList> bySop = outputs(work.resolve("research"));
        Map<String, Set<Long>> shiftsByPatient = new HashMap<>();
        for (GeneratedInstance g : set.instances()) {
            AttributeList out = bySop.get(uids.map(g.sopInstanceUid()));
            if (out == null || out.get(TagFromName.StudyDate) == null) continue;
            LocalDate shifted = LocalDate.parse(out.get(TagFromName.StudyDate).getSingleStringValueOrEmptyString(), da);
            shiftsByPatient.computeIfAbsent(g.patientKey(), k -> new TreeSet<>()).add(ChronoUnit.DAYS.between(g.studyDate(), shifted));
        }
        assertThat(shiftsByPatient).hasSize(set.patients().size());
        shiftsByPatient.forEach((p, s) -> assertThat(s).as(p + " " + s).singleElement().satisfies(d -> assertThat(d).isNegative()));
        assertThat(new HashSet<>(shiftsByPatient.values())).as("patients get different shifts").hasSizeGreaterThan(1);
    }

    private static boolean referencedByImageSequences(GeneratedInstance g) {
        return g.kind().name().matches("CR|DX|CT");
    }

    private static Set<String> referencedUids(AttributeList l) {
        Set<String> out = new HashSet<>();
        for (var tag : List.of(TagFromName.ReferencedImageSequence, TagFromName.SourceImageSequence)) {
            if (l.get(tag) instanceof SequenceAttribute sq) {
                for (int i = 0; i < sq.getNumberOfItems(); i++) {
                    var a = sq.getItem(i).getAttributeList().get(TagFromName.ReferencedSOPInstanceUID);
                    if (a != null) out.add(a.getSingleStringValueOrEmptyString());
                }
            }
        }
        return out;
    }

    static Map<String, AttributeList> outputs(Path out) throws Exception {
        Map<String, AttributeList> bySop = new HashMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".dcm")).toList()) {
                AttributeList l = InstanceReader.readFull(p);
                bySop.put(l.get(TagFromName.SOPInstanceUID).getSingleStringValueOrEmptyString(), l);
            }
        }
        return bySop;
    }
}
