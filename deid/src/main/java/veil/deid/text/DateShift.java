package veil.deid.text;

/**
 * How many days a patient's dates move. The DICOM engine's keyed date shifter implements this so
 * that a report and its images move by the same amount.
 */
public interface DateShift {
    /** Days to add (negative moves back); the same for every call with the same patient. */
    int daysFor(String patientId);
}
