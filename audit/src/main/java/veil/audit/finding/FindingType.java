package veil.audit.finding;

import java.util.Locale;
import veil.deid.text.PhiType;

/** What was found. Text-scanner types keep their names; the header checks add their own. */
public enum FindingType {
    NAME, DATE, TIME, AGE, ID, PHONE, EMAIL, URL, IP, ADDRESS, LOCATION, ORGANIZATION,
    /** a UID the profile replaces that is not in de-identified form */
    UID,
    /** a private attribute not on PixelMed's safe list */
    PRIVATE,
    /** an attribute the profile removes or empties, present with a value */
    REMOVED_ATTRIBUTE,
    /** one value seen in files of different patients (the attribute is reported, not the value) */
    LINKAGE,
    /** Patient Identity Removed missing or not YES */
    IDENTITY_FLAG,
    /** Burned In Annotation YES, or missing on an image */
    BURNED_IN_FLAG,
    /** text in the pixels that the pixel policy removes */
    PIXEL_TEXT,
    /** a file that could not be read or decoded: not checked, so not clean */
    UNREADABLE;

    /** As written in the JSON and HTML: {@code REMOVED-ATTRIBUTE}. */
    public String label() {
        return name().replace('_', '-');
    }

    public static FindingType of(PhiType t) {
        return valueOf(t.name());
    }

    public static FindingType parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
