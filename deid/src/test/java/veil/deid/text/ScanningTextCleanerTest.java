package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanningTextCleanerTest {
    @Test
    void replacesOnlyWhatItFinds() {
        String cleaned = ScanningTextCleaner.shared().clean("Chest PA/LAT per Dr. Okafor 03/14/2019");
        assertThat(cleaned).isEqualTo("Chest PA/LAT per Dr. [NAME] [DATE]");
    }

    @Test
    void leavesTextWithoutIdentifiersAlone() {
        assertThat(ScanningTextCleaner.shared().clean("CHEST 2 VIEWS")).isEqualTo("CHEST 2 VIEWS");
        assertThat(ScanningTextCleaner.shared().clean(null)).isNull();
    }
}
