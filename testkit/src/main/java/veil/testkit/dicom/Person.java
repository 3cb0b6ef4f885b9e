package veil.testkit.dicom;

import java.util.List;
import java.util.Locale;

/** A fictional person: a patient, physician or operator. */
public record Person(String family, String given, String middle) {

    /** The PN value: {@code FAMILY^GIVEN^MIDDLE} in upper case, as most modalities write it. */
    public String dicomName() {
        return upper(family) + "^" + upper(given) + "^" + upper(middle);
    }

    /** How free text mentions the person: {@code Given Family}. */
    public String spoken() {
        return given + " " + family;
    }

    /** Each name component in both the case used in PN values and the case used in free text. */
    public List<String> components() {
        return List.of(upper(family), upper(given), upper(middle), family, given, middle);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
