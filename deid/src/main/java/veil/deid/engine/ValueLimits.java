package veil.deid.engine;

import java.util.Map;

/** Maximum value lengths per string VR (PS3.5 Table 6.2-1), so generated values are always valid. */
final class ValueLimits {

    private static final Map<String, Integer> MAX = Map.of("AE", 16, "CS", 16, "SH", 16, "LO", 64, "PN", 64,
            "ST", 1024, "LT", 10240, "UC", 1024, "UT", 65536);

    private ValueLimits() { }

    static int max(String vr) {
        return MAX.getOrDefault(vr, 0);
    }

    static boolean isText(String vr) {
        return MAX.containsKey(vr);
    }
}
