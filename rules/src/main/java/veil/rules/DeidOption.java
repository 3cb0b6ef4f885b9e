package veil.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The options of the PS3.15 Basic Application Level Confidentiality Profile (Table E.1-1 columns),
 * with the CID 7050 code each contributes to De-identification Method Code Sequence.
 */
public enum DeidOption {
    RETAIN_SAFE_PRIVATE("retain-safe-private", "rtnSafePrivOpt", "113111", "Retain Safe Private Option"),
    RETAIN_UIDS("retain-uids", "rtnUIDsOpt", "113110", "Retain UIDs Option"),
    RETAIN_DEVICE_IDENTITY("retain-device-identity", "rtnDevIdOpt", "113109", "Retain Device Identity Option"),
    RETAIN_INSTITUTION_IDENTITY("retain-institution-identity", "rtnInstIdOpt", "113112", "Retain Institution Identity Option"),
    RETAIN_PATIENT_CHARACTERISTICS("retain-patient-characteristics", "rtnPatCharsOpt", "113108", "Retain Patient Characteristics Option"),
    RETAIN_LONG_FULL_DATES("retain-long-full-dates", "rtnLongFullDatesOpt", "113106", "Retain Longitudinal Temporal Information Full Dates Option"),
    RETAIN_LONG_MODIFIED_DATES("retain-long-modified-dates", "rtnLongModifDatesOpt", "113107", "Retain Longitudinal Temporal Information Modified Dates Option"),
    CLEAN_DESCRIPTORS("clean-descriptors", "cleanDescOpt", "113105", "Clean Descriptors Option"),
    CLEAN_STRUCTURED_CONTENT("clean-structured-content", "cleanStructContOpt", "113104", "Clean Structured Content Option"),
    CLEAN_GRAPHICS("clean-graphics", "cleanGraphOpt", "113103", "Clean Graphics Option"),
    CLEAN_PIXEL_DATA("clean-pixel-data", null, "113101", "Clean Pixel Data Option");

    public static final String BASIC_PROFILE_CODE = "113100";
    public static final String BASIC_PROFILE_MEANING = "Basic Application Confidentiality Profile";

    private final String id;
    private final String tableColumn;
    private final String code;
    private final String meaning;

    DeidOption(String id, String tableColumn, String code, String meaning) {
        this.id = id;
        this.tableColumn = tableColumn;
        this.code = code;
        this.meaning = meaning;
    }

    /** The name used in profiles and on the command line, e.g. {@code retain-uids}. */
    public String id() { return id; }

    /** The column of Table E.1-1 that holds this option's action, or null (pixel cleaning has none). */
    public String tableColumn() { return tableColumn; }

    /** DCM code (CID 7050) recorded in De-identification Method Code Sequence. */
    public String code() { return code; }

    public String meaning() { return meaning; }

    public static Optional<DeidOption> byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equalsIgnoreCase(id.trim())).findFirst();
    }
}
