package veil.testkit.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhiLeakScannerTest {
    private final PhiLeakScanner scanner = new PhiLeakScanner(List.of(
            new SeededPhi("BERGSTRÖM", PhiKind.NAME_COMPONENT, "patient-01"),
            new SeededPhi("PX1234567", PhiKind.IDENTIFIER, "patient-01")));

    @Test
    void findsValuesInAnyCaseInLatin1OrUtf8Bytes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.dcm"), "..bergström..".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("b.dcm"), "..Bergström..".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("c.dcm"), "..BERGSTROM and PX123456..".getBytes(StandardCharsets.UTF_8));
        List<PhiLeak> leaks = scanner.scan(dir);
        assertThat(leaks).extracting(l -> l.file().getFileName().toString()).containsExactly("a.dcm", "b.dcm");
        assertThat(leaks).noneMatch(PhiLeak::inPath);
    }

    @Test
    void findsValuesInRelativePathsOnly(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("px1234567"));
        Files.writeString(folder.resolve("x.dcm"), "clean");
        assertThat(scanner.scan(folder)).isEmpty();
        assertThat(scanner.scan(dir)).singleElement().satisfies(leak -> assertThat(leak.inPath()).isTrue());
    }

    /**
     * PixelMed's own basic-profile pass removes every seeded value from the images, so the scanner
     * must report nothing there (no false hits from pixels, UIDs or kept attributes), while it leaves
     * the SR content tree alone, which the scanner must catch.
     */
    @Test
    void reportsNothingInCleanedImagesAndCatchesWhatABasicPassLeavesInReports(@TempDir Path dir) throws Exception {
        GeneratedSet set = new PhiStudyGenerator(11).patients(2).studiesPerPatient(2)
                .transferSyntaxes(SyntheticTransferSyntax.values()).write(dir.resolve("in"));
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
            Path out = Files.createDirectories(dir.resolve(instance.kind().isImage() ? "images" : "reports"));
            list.write(out.resolve("f" + n++ + ".dcm").toFile(),
                    TransferSyntax.ExplicitVRLittleEndian, true, true);
        }
        PhiLeakScanner all = new PhiLeakScanner(set.seededPhi());
        assertThat(all.scan(dir.resolve("images"))).isEmpty();
        assertThat(all.scan(dir.resolve("reports"))).extracting(leak -> leak.phi().kind()).contains(PhiKind.FREE_TEXT);
    }
}
