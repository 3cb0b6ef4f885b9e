package veil.testkit.text.independent;

import veil.testkit.text.SyntheticReport;

/** A note of the independent set: the report with its gold spans, its style and its casing. */
public record IndependentNote(SyntheticReport report, Style style, Casing casing) {
    /** ICU notes in capitals: the set the token-precision goal for telegraphic notes is measured on. */
    public boolean isCapitalTelegraphic() {
        return style == Style.ICU && casing == Casing.UPPER;
    }
}
