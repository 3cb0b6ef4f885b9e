package veil.testkit.dicom;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/** Patient Age (AS) as modalities compute it: completed years at the study date. */
final class PatientAges {
    private PatientAges() {
    }

    static int years(SyntheticPatient patient, LocalDate on) {
        return Period.between(patient.birthDate(), on).getYears();
    }

    static String asValue(SyntheticPatient patient, LocalDate on) {
        return String.format(Locale.ROOT, "%03dY", years(patient, on));
    }
}
