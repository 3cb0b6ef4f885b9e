package veil.deid.text.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import veil.deid.text.DateShift;
import veil.deid.dates.DateShifter;
import veil.deid.keys.SecretKey;
import veil.deid.patient.PatientIdentity;
import veil.deid.text.PhiScanner;

class RedactorTest {
    private static final String REPORT = "Discussed with Dr. Okafor on 03/14/2019. Dr. Okafor agreed. No effusion.";

    @Test
    void placeholderAndTagStylesReplaceOnlyFindings() {
        assertThat(new Redactor(PhiScanner.shared(), RedactionStyle.PLACEHOLDER, null).redact(REPORT, "p1"))
                .isEqualTo("Discussed with Dr. ___ on ___. Dr. ___ agreed. No effusion.");
        assertThat(new Redactor(PhiScanner.shared(), RedactionStyle.TAG, null).redact(REPORT, "p1"))
                .isEqualTo("Discussed with Dr. [NAME] on [DATE]. Dr. [NAME] agreed. No effusion.");
    }

    @Test
    void surrogatesAreConsistentWithinADocumentAndDatesMoveByThePatientShift() {
        DateShift tenBack = patient -> -10;
        String out = new Redactor(PhiScanner.shared(), RedactionStyle.SURROGATE, tenBack).redact(REPORT, "p1");
        assertThat(out).doesNotContain("Okafor").contains("on 03/04/2019").endsWith("agreed. No effusion.");
        String fake = out.substring("Discussed with Dr. ".length(), out.indexOf(" on "));
        assertThat(out).contains("Dr. " + fake + " agreed");
    }

    @Test
    void surrogateTimesAreValidTimesInTheSameLayout() {
        Redactor r = new Redactor(PhiScanner.shared(), RedactionStyle.SURROGATE, patient -> -1);
        for (int i = 0; i < 20; i++) {
            String out = r.redact("Called at 14:35 and again at 2 pm.", "p");
            assertThat(out).matches("Called at ([01]\\d|2[0-3]):[0-5]\\d and again at ([1-9]|1[0-2]) pm\\.");
        }
    }

    @Test
    void surrogateStyleNeedsADateShift() {
        assertThatThrownBy(() -> new Redactor(PhiScanner.shared(), RedactionStyle.SURROGATE, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyedShiftIsStablePerPatientWithinAYearAndKeyDependent() {
        KeyedDateShift a = new KeyedDateShift(SecretKey.of("0123456789abcdef-key".getBytes(StandardCharsets.UTF_8)));
        KeyedDateShift b = new KeyedDateShift(SecretKey.of("another-key-0123456789".getBytes(StandardCharsets.UTF_8)));
        assertThat(a.daysFor("patient-1")).isEqualTo(a.daysFor("patient-1")).isBetween(-365, -1);
        long differing = java.util.stream.IntStream.range(0, 20).filter(i -> a.daysFor("p" + i) != b.daysFor("p" + i)).count();
        assertThat(differing).isGreaterThan(15);
    }

    @Test
    void aReportMovesByTheSameDaysAsThePatientsImages() {
        SecretKey key = SecretKey.of("0123456789abcdef-key".getBytes(StandardCharsets.UTF_8));
        int images = new DateShifter(key.derive("date"), 365).daysFor(PatientIdentity.of("ISSUER", "MRN-77", "DOE^J", "", "1.2.3"));
        assertThat(new KeyedDateShift(key).daysFor("MRN-77")).isEqualTo(images);
    }
}
