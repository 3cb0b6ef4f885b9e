package veil.testkit.text.independent;

/** The kinds of note the independent generator writes, each with its own templates. */
public enum Style {
    /** ICU and nursing progress notes: telegraphic, abbreviations, often in capitals. */
    ICU,
    /** RIS radiology reports in capitals. */
    RIS,
    /** MIMIC-style reports with "___" placeholders left by an earlier de-identification. */
    MIMIC,
    /** Dictated notes transcribed in lower case. */
    DICT
}
