package veil.deid.text.redact;

/** What replaces an identifier. */
public enum RedactionStyle {
    /** "___", as MIMIC-CXR does. */
    PLACEHOLDER,
    /** "[NAME]", "[DATE]": the category stays readable. */
    TAG,
    /** A consistent fake value per document; dates moved by the patient's shift. */
    SURROGATE
}
