package veil.deid.patient;

/**
 * Who an instance belongs to, as the input says it: the patient ID; when it is missing, name plus birth date; when
 * both are missing, the study (so unrelated studies are never merged into one patient). The issuer is not part of
 * it: archives record it inconsistently (present in some files of a patient, absent or site-specific in others),
 * and splitting one patient into two would break date intervals and the patient-level statistics of a release.
 * Its key is only ever hashed, never written.
 */
public record PatientIdentity(String key) {

    public static PatientIdentity of(String issuer, String patientId, String name, String birthDate, String studyUid) {
        if (notBlank(patientId)) return new PatientIdentity("id|" + patientId.trim());
        if (notBlank(name)) return new PatientIdentity("name|" + name.trim().toUpperCase(java.util.Locale.ROOT) + "|" + trim(birthDate));
        return new PatientIdentity("study|" + trim(studyUid));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    @Override
    public String toString() {
        return "PatientIdentity[redacted]";
    }
}
