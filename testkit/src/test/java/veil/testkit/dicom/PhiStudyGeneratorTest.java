package veil.testkit.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PhiStudyGeneratorTest {
    private static final String STUDY_REFERENCE_CLASS = "1.2.840.10008.3.1.2.3.1";

    @TempDir
    static Path tmp;
    static GeneratedSet set;

    @BeforeAll
    static void generate() throws Exception {
        set = new PhiStudyGenerator(42).patients(3).studiesPerPatient(3)
                .transferSyntaxes(SyntheticTransferSyntax.values())
                .pixelCleaningModalities(true).nonDicomFiles(true)
                .write(tmp.resolve("set"));
    }

    static AttributeList read(GeneratedInstance instance) throws Exception {
        AttributeList list = new AttributeList();
        list.read(instance.path().toFile());
        return list;
    }

    @Test
    void everyFileParsesWithPixelMedAndCarriesTheUidsTheManifestLists() throws Exception {
        assertThat(set.instances()).hasSize(3 * 3 * (2 * 2 + 1) + 3 * 2);
        for (GeneratedInstance instance : set.instances()) {
            AttributeList list = read(instance);
            assertThat(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID))
                    .isEqualTo(instance.sopInstanceUid());
            assertThat(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.StudyInstanceUID))
                    .isEqualTo(instance.studyInstanceUid());
            assertThat(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID))
                    .isEqualTo(instance.transferSyntax().uid());
            assertThat(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality))
                    .isEqualTo(instance.kind().modality());
            assertThat(list.containsKey(TagFromName.PixelData)).isEqualTo(instance.kind().isImage());
        }
    }

    @Test
    void setMixesChestXRaysOfBothPolaritiesWithCtReportsAndPixelCleaningModalities() throws Exception {
        Set<InstanceKind> kinds = set.instances().stream().map(GeneratedInstance::kind).collect(Collectors.toSet());
        assertThat(kinds).isEqualTo(EnumSet.allOf(InstanceKind.class));
        Set<String> photometric = new HashSet<>();
        for (GeneratedInstance instance : set.instances()) {
            if (instance.kind() == InstanceKind.CR || instance.kind() == InstanceKind.DX) {
                photometric.add(Attribute.getSingleStringValueOrEmptyString(read(instance),
                        TagFromName.PhotometricInterpretation));
            }
        }
        assertThat(photometric).containsExactlyInAnyOrder("MONOCHROME1", "MONOCHROME2");
        assertThat(set.instances().stream().map(GeneratedInstance::transferSyntax).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(SyntheticTransferSyntax.class));
    }

    @Test
    void everySeededStringIsReallyInTheFilesOrTheirPaths() throws Exception {
        Set<SeededPhi> found = new PhiLeakScanner(set.seededPhi()).scan(set.root()).stream()
                .map(PhiLeak::phi).collect(Collectors.toSet());
        assertThat(set.seededPhi()).allSatisfy(phi -> assertThat(found).contains(phi));
        assertThat(set.seededPhi()).extracting(SeededPhi::kind).containsAll(EnumSet.allOf(PhiKind.class));
    }

    @Test
    void patientNamesSitInStandardPrivateNestedAndFreeTextAttributes() throws Exception {
        GeneratedInstance image = set.instances().stream().filter(i -> i.kind() == InstanceKind.CR).findFirst().orElseThrow();
        SyntheticPatient patient = patient(image.patientKey());
        AttributeList list = read(image);
        String name = patient.name().dicomName();
        assertThat(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientName)).isEqualTo(name);
        assertThat(name.split("\\^")).hasSize(3);
        assertThat(Attribute.getSingleStringValueOrEmptyString(list, PrivateBlock.CREATOR_TAG)).isEqualTo(PrivateBlock.CREATOR);
        assertThat(Attribute.getSingleStringValueOrEmptyString(list, PrivateBlock.NAME)).isEqualTo(name);
        assertThat(Attribute.getSingleStringValueOrEmptyString(list, PrivateBlock.MRN)).isEqualTo(patient.patientId());
        assertThat(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.AdditionalPatientHistory))
                .contains(patient.name().spoken()).contains(patient.patientId());
        AttributeList other = item(list, TagFromName.OtherPatientIDsSequence);
        assertThat(Attribute.getSingleStringValueOrEmptyString(other, TagFromName.PatientID)).isEqualTo(patient.otherPatientId());
        AttributeList privateItem = item(list, PrivateBlock.SEQUENCE);
        assertThat(Attribute.getSingleStringValueOrEmptyString(privateItem, PrivateBlock.ADDRESS)).isEqualTo(patient.address());
        AttributeList depthTwo = item(item(list, TagFromName.ReferringPhysicianIdentificationSequence),
                TagFromName.PersonIdentificationCodeSequence);
        assertThat(Attribute.getSingleStringValueOrEmptyString(depthTwo, TagFromName.CodeMeaning)).isNotBlank();
        assertThat(Attribute.getSingleStringValueOrEmptyString(item(list, TagFromName.RequestAttributesSequence),
                TagFromName.ReasonForTheRequestedProcedure)).contains(patient.name().spoken());
    }

    @Test
    void referencesPointToOtherGeneratedInstancesAndMatchTheFiles() throws Exception {
        Set<String> sops = set.instances().stream().map(GeneratedInstance::sopInstanceUid).collect(Collectors.toSet());
        assertThat(sops).hasSize(set.instances().size());
        int references = 0;
        for (GeneratedInstance instance : set.instances()) {
            assertThat(instance.references()).allSatisfy(uid -> assertThat(sops).contains(uid))
                    .doesNotContain(instance.sopInstanceUid());
            List<String> inFile = new ArrayList<>();
            collectReferencedSops(read(instance), inFile);
            assertThat(new HashSet<>(inFile)).isEqualTo(new HashSet<>(instance.references()));
            references += instance.references().size();
        }
        assertThat(references).isGreaterThan(set.instances().size());
    }

    @Test
    void priorStudiesAreReferencedByTheirStudyInstanceUid() throws Exception {
        Set<String> studies = set.instances().stream().map(GeneratedInstance::studyInstanceUid).collect(Collectors.toSet());
        int withPrior = 0;
        for (GeneratedInstance instance : set.instances()) {
            AttributeList list = read(instance);
            if (list.get(TagFromName.ReferencedStudySequence) != null) {
                String prior = Attribute.getSingleStringValueOrEmptyString(
                        item(list, TagFromName.ReferencedStudySequence), TagFromName.ReferencedSOPInstanceUID);
                assertThat(studies).contains(prior);
                assertThat(prior).isNotEqualTo(instance.studyInstanceUid());
                withPrior++;
            }
        }
        assertThat(withPrior).isPositive();
    }

    @Test
    void imagesOfASeriesShareOneFrameOfReference() {
        Map<String, Set<String>> frames = set.instances().stream().filter(i -> i.kind().isImage())
                .collect(Collectors.groupingBy(GeneratedInstance::seriesInstanceUid,
                        Collectors.mapping(i -> i.frameOfReferenceUid().orElseThrow(), Collectors.toSet())));
        assertThat(frames.values()).allSatisfy(f -> assertThat(f).hasSize(1));
        assertThat(frames.values().stream().flatMap(Set::stream).distinct().count()).isEqualTo(frames.size());
    }

    @Test
    void eachPatientHasStudiesOnDifferentDatesAndOneIsOverEightyNine() throws Exception {
        for (SyntheticPatient patient : set.patients()) {
            assertThat(set.studyDatesOf(patient.key())).hasSize(3);
        }
        List<SyntheticPatient> elderly = set.patients().stream().filter(SyntheticPatient::overEightyNine).toList();
        assertThat(elderly).hasSize(1);
        GeneratedInstance instance = set.instancesOf(elderly.get(0).key()).get(0);
        String age = Attribute.getSingleStringValueOrEmptyString(read(instance), TagFromName.PatientAge);
        assertThat(Integer.parseInt(age.substring(0, 3))).isGreaterThan(89);
        LocalDate birth = elderly.get(0).birthDate();
        assertThat(Period.between(birth, instance.studyDate()).getYears()).isGreaterThan(89);
        assertThat(set.phiStrings(EnumSet.of(PhiKind.AGE_OVER_89))).contains(age);
    }

    @Test
    void acquisitionDateTimeCarriesATimeZone() throws Exception {
        GeneratedInstance image = set.instances().stream().filter(i -> i.kind() == InstanceKind.DX).findFirst().orElseThrow();
        assertThat(Attribute.getSingleStringValueOrEmptyString(read(image), TagFromName.AcquisitionDateTime))
                .matches("\\d{14}\\.\\d{6}[+-]\\d{4}");
    }

    @Test
    void theSameSeedWritesIdenticalBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws Exception {
        GeneratedSet a = small(1).write(dir.resolve("a"));
        GeneratedSet b = small(1).write(dir.resolve("b"));
        GeneratedSet c = small(2).write(dir.resolve("c"));
        assertThat(a.seededPhi()).isEqualTo(b.seededPhi());
        for (int i = 0; i < a.instances().size(); i++) {
            assertThat(a.root().relativize(a.instances().get(i).path()))
                    .isEqualTo(b.root().relativize(b.instances().get(i).path()));
            assertThat(Files.mismatch(a.instances().get(i).path(), b.instances().get(i).path())).isEqualTo(-1L);
        }
        assertThat(c.phiStrings()).doesNotContainAnyElementsOf(
                a.phiStrings(EnumSet.of(PhiKind.IDENTIFIER, PhiKind.UID, PhiKind.PERSON_NAME)));
    }

    @Test
    void burnedInAnnotationIsYesOnTheFirstImageOfEachStudyOrAbsent(@TempDir Path dir) throws Exception {
        GeneratedSet marked = small(3).burnedInAnnotation(BurnedInMarking.FIRST_IMAGE_OF_STUDY_YES).write(dir.resolve("yes"));
        Map<String, Long> yesPerStudy = marked.instances().stream().filter(GeneratedInstance::burnedInAnnotationYes)
                .collect(Collectors.groupingBy(GeneratedInstance::studyInstanceUid, Collectors.counting()));
        assertThat(yesPerStudy).hasSize(2).allSatisfy((study, count) -> assertThat(count).isEqualTo(1L));
        for (GeneratedInstance instance : marked.instances()) {
            assertThat(Attribute.getSingleStringValueOrEmptyString(read(instance), TagFromName.BurnedInAnnotation))
                    .isEqualTo(instance.burnedInAnnotation().orElse(""));
        }
        GeneratedSet absent = small(3).burnedInAnnotation(BurnedInMarking.ABSENT).write(dir.resolve("absent"));
        for (GeneratedInstance instance : absent.instances()) {
            assertThat(read(instance).get(TagFromName.BurnedInAnnotation)).isNull();
        }
    }

    @Test
    void imageSizeSetsRowsColumnsAndFileSize(@TempDir Path dir) throws Exception {
        GeneratedSet big = new PhiStudyGenerator(5).patients(1).studiesPerPatient(1).seriesPerStudy(1)
                .instancesPerSeries(1).reports(false).imageSize(1024, 512).write(dir.resolve("big"));
        GeneratedInstance only = big.instances().get(0);
        AttributeList list = read(only);
        assertThat(Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0)).isEqualTo(1024);
        assertThat(Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0)).isEqualTo(512);
        assertThat(Files.size(only.path())).isBetween(1024L * 512 * 2, 1024L * 512 * 2 + 16_384);
    }

    @Test
    void strayTextFilesNameThePatientAndAreListedApart() throws Exception {
        assertThat(set.nonDicomFiles()).hasSize(3);
        for (Path notes : set.nonDicomFiles()) {
            assertThat(notes).isRegularFile();
            assertThat(set.instances()).noneMatch(i -> i.path().equals(notes));
        }
    }

    @Test
    void manifestListsEveryFileAndEverySeededString(@TempDir Path dir) throws Exception {
        set.writeManifest(dir);
        assertThat(Files.readAllLines(dir.resolve(ManifestWriter.INSTANCES))).hasSize(set.instances().size() + 1);
        assertThat(Files.readAllLines(dir.resolve(ManifestWriter.SEEDED_PHI))).hasSize(set.seededPhi().size() + 1);
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("other.dcm"), "x");
        org.assertj.core.api.Assertions.assertThatIOException().isThrownBy(() -> small(1).write(dir))
                .withMessageContaining("must be empty");
    }

    private static PhiStudyGenerator small(long seed) {
        return new PhiStudyGenerator(seed).patients(1).studiesPerPatient(2).seriesPerStudy(1).instancesPerSeries(2);
    }

    private static SyntheticPatient patient(String key) {
        return set.patients().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private static AttributeList item(AttributeList list, AttributeTag sequence) {
        SequenceAttribute attribute = (SequenceAttribute) list.get(sequence);
        assertThat(attribute).as("sequence %s", sequence).isNotNull();
        return attribute.getItem(0).getAttributeList();
    }

    /** Instance references anywhere in the data set; study references (Referenced Study Sequence) are not instances. */
    private static void collectReferencedSops(AttributeList list, List<String> into) {
        boolean studyReference = STUDY_REFERENCE_CLASS.equals(
                Attribute.getSingleStringValueOrEmptyString(list, TagFromName.ReferencedSOPClassUID));
        for (Attribute attribute : list.values()) {
            if (attribute instanceof SequenceAttribute sequence) {
                for (int i = 0; i < sequence.getNumberOfItems(); i++) {
                    collectReferencedSops(sequence.getItem(i).getAttributeList(), into);
                }
            } else if (attribute.getTag().equals(TagFromName.ReferencedSOPInstanceUID) && !studyReference) {
                into.add(attribute.getSingleStringValueOrEmptyString());
            }
        }
    }
}
