package veil.deid.engine;

import java.util.Map;

/** D (dummy) values that are valid for their VR and identify nobody. */
final class DummyValues {

    private static final Map<String, String> BY_VR = Map.ofEntries(
            Map.entry("AE", "ANONYMOUS"), Map.entry("AS", "000Y"), Map.entry("CS", "ANONYMIZED"),
            Map.entry("DA", "19000101"), Map.entry("DT", "19000101000000"), Map.entry("TM", "000000"),
            Map.entry("DS", "0"), Map.entry("IS", "0"), Map.entry("LO", "ANONYMIZED"), Map.entry("LT", "ANONYMIZED"),
            Map.entry("PN", "ANONYMIZED"), Map.entry("SH", "ANONYMIZED"), Map.entry("ST", "ANONYMIZED"),
            Map.entry("UC", "ANONYMIZED"), Map.entry("UT", "ANONYMIZED"));

    private DummyValues() { }

    /** The dummy string for a string VR, or null for VRs that get a zero or nothing. */
    static String forVr(String vr) {
        return BY_VR.get(vr);
    }
}
