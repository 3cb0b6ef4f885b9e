package veil.testkit.dicom;

import java.time.LocalDate;

/**
 * A fictional patient and the identifiers the generator writes for them.
 *
 * @param key            a stable, non-identifying key for tests ({@code patient-01}); never written into files
 * @param otherPatientId a second identifier, written in Other Patient IDs Sequence
 * @param overEightyNine whether the patient is older than 89 at every study (Safe Harbor aggregates such ages)
 */
public record SyntheticPatient(String key, Person name, String patientId, String otherPatientId,
                               LocalDate birthDate, String sex, String address, String phone,
                               boolean overEightyNine) {
}
