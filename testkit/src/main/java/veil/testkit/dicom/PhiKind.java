package veil.testkit.dicom;

/**
 * What a seeded identifying value is, so a test can skip the kinds an option legitimately keeps
 * (institution names under retain-institution-identity, UIDs under retain-uids, dates under
 * retain-long-full-dates...).
 */
public enum PhiKind {
    /** A whole person name as written in a PN attribute, e.g. {@code FAMILY^GIVEN^MIDDLE}. */
    PERSON_NAME,
    /** One component of a person name (family, given or middle name). */
    NAME_COMPONENT,
    /** Medical record numbers, other patient IDs, accession numbers, study and request IDs. */
    IDENTIFIER,
    /** A date in DA form ({@code YYYYMMDD}). */
    DATE,
    /** A date-time in DT form, with its time zone offset. */
    DATE_TIME,
    /** An age over 89 (an identifier under HIPAA Safe Harbor), in AS form. */
    AGE_OVER_89,
    ADDRESS,
    PHONE,
    /** Institution names, addresses and issuers of identifiers. */
    INSTITUTION,
    /** Device serial numbers and station names. */
    DEVICE,
    /** A free-text value (description, comment, history, report text) that mentions the patient. */
    FREE_TEXT,
    /** An original (non-standard) UID: study, series, instance or frame of reference. */
    UID
}
