package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanningTextCleanerTest {
    @Test
    void replacesOnlyWhatItFinds() {
        String cleaned = ScanningTextCleaner.shared().clean("Chest PA/LAT per Dr. Okafor 03/14/2019");
        assertThat(cleaned).isEqualTo("Chest PA/LAT per Dr. [NAME] [DATE]");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"XR CHEST PA AND LATERAL", "DX CHEST 2V PA/LAT", "Chest PA_LAT Adult",
            "CHEST 2 VIEWS PA LAT 71020", "LEFT LATERAL DECUBITUS", "Lung nodule follow up per Fleischner", "Foley in place", "5/5mm Plain",
            "Demonstration of SR Features", "OFFIS Structured Reporting Templates", "Whole Body Bone"})
    void leavesTypicalDescriptionsAlone(String description) {
        assertThat(ScanningTextCleaner.shared().clean(description)).isEqualTo(description);
    }

    @Test
    void removesANameWrittenSurnameFirstInAComment() {
        assertThat(ScanningTextCleaner.shared().clean("Routine chest, patient Brown John, acc 12345678"))
                .isEqualTo("Routine chest, patient [NAME], acc [ID]");
    }

    @Test
    void removesADicomStylePersonNameInsideText() {
        assertThat(ScanningTextCleaner.shared().clean("Reviewed: Moriarty^James")).isEqualTo("Reviewed: [NAME]");
    }

    @Test
    void leavesTextWithoutIdentifiersAlone() {
        assertThat(ScanningTextCleaner.shared().clean("CHEST 2 VIEWS")).isEqualTo("CHEST 2 VIEWS");
        assertThat(ScanningTextCleaner.shared().clean(null)).isNull();
    }
}
