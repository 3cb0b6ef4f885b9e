package veil.deid.text.redact;

import veil.deid.dates.DateShifter;
import veil.deid.keys.SecretKey;
import veil.deid.patient.PatientIdentity;
import veil.deid.text.DateShift;

/**
 * The DICOM engine's per-patient date shift, for reports: the same key file and the same Patient ID move a report's
 * dates by exactly as many days as the patient's images.
 */
public final class KeyedDateShift implements DateShift {

    /** The built-in profiles' shift range (profile key dates.max-shift-days). */
    public static final int DEFAULT_MAX_DAYS = 365;

    private final DateShifter shifter;

    public KeyedDateShift(SecretKey key, int maxShiftDays) {
        this.shifter = new DateShifter(key.derive("date"), maxShiftDays);
    }

    public KeyedDateShift(SecretKey key) {
        this(key, DEFAULT_MAX_DAYS);
    }

    @Override
    public int daysFor(String patientId) {
        return shifter.daysFor(PatientIdentity.of("", patientId, "", "", ""));
    }
}
