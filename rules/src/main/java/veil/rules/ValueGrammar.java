package veil.rules;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value grammar of PS3.5 Table 6.2-1: whether one value (one of a multi-valued attribute's values, already
 * split on the backslash) is well formed for its VR, and whether a binary value's byte length fits its VR.
 * A kept value that fails is never written as it is: a name in an IS or a CS is still a name.
 */
public final class ValueGrammar {

    private static final Pattern IS = Pattern.compile("[+-]?\\d+");
    private static final Pattern DS = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern CS = Pattern.compile("[A-Z0-9 _]*");
    private static final Pattern UI = Pattern.compile("(0|[1-9]\\d*)(\\.(0|[1-9]\\d*))*");
    private static final Pattern AS = Pattern.compile("\\d{3}[DWMY]");
    private static final Pattern DA = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    // HH[MM[SS[.F{1,6}]]], also the ACR-NEMA HH:MM:SS form older writers use
    private static final Pattern TM = Pattern.compile("([01]\\d|2[0-3])(:?[0-5]\\d(:?([0-5]\\d|60)(\\.\\d{1,6})?)?)?");
    private static final Pattern DT = Pattern.compile(
            "\\d{4}((0[1-9]|1[0-2])((0[1-9]|[12]\\d|3[01])(([01]\\d|2[0-3])([0-5]\\d(([0-5]\\d|60)(\\.\\d{1,6})?)?)?)?)?)?"
                    + "([+-]((0\\d|1[0-4])[0-5]\\d))?");
    /** Characters (not bytes: a multi-byte character set counts a character once) per value. */
    private static final Map<String, Integer> MAX_CHARS = Map.ofEntries(Map.entry("AE", 16), Map.entry("AS", 4),
            Map.entry("CS", 16), Map.entry("DA", 8), Map.entry("DS", 16), Map.entry("DT", 26), Map.entry("IS", 12),
            Map.entry("LO", 64), Map.entry("PN", 64 * 3 + 2), Map.entry("SH", 16), Map.entry("ST", 1024),
            Map.entry("LT", 10240), Map.entry("TM", 14), Map.entry("UI", 64));
    /** Byte size of one value of a fixed-size binary VR; the value length must be a multiple of it. */
    private static final Map<String, Integer> BINARY_UNIT = Map.ofEntries(Map.entry("US", 2), Map.entry("SS", 2),
            Map.entry("UL", 4), Map.entry("SL", 4), Map.entry("FL", 4), Map.entry("AT", 4), Map.entry("FD", 8),
            Map.entry("SV", 8), Map.entry("UV", 8), Map.entry("OW", 2), Map.entry("OF", 4), Map.entry("OL", 4),
            Map.entry("OD", 8), Map.entry("OV", 8));
    private static final Set<String> STRING_VRS = Set.of("AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN",
            "SH", "ST", "TM", "UC", "UI", "UR", "UT");

    private ValueGrammar() { }

    /** Whether {@code vr} holds text values that this grammar checks one by one. */
    public static boolean isStringVr(String vr) {
        return STRING_VRS.contains(vr);
    }

    /** Whether a value length (in bytes, as read) is a whole number of values for a fixed-size binary VR. */
    public static boolean fitsBinaryLength(String vr, long byteLength) {
        Integer unit = BINARY_UNIT.get(vr);
        return unit == null || byteLength % unit == 0;
    }

    /** Whether {@code value} is a valid value of {@code vr}; an empty value is valid (it means "no value"). */
    public static boolean isValid(String vr, String value) {
        if (value == null) return true;
        String v = trimPadding(vr, value);
        if (v.isEmpty()) return true;
        Integer max = MAX_CHARS.get(vr);
        if (max != null && v.length() > max) return false;
        return switch (vr) {
            case "IS" -> IS.matcher(v).matches() && fitsInt(v);
            case "DS" -> DS.matcher(v).matches();
            case "CS" -> CS.matcher(v).matches();
            case "UI" -> UI.matcher(v).matches();
            case "AS" -> AS.matcher(v).matches();
            case "DA" -> isDate(v);
            case "TM" -> TM.matcher(v).matches();
            case "DT" -> DT.matcher(v).matches() && (v.length() < 8 || isDate(v.substring(0, 8)));
            case "AE", "LO", "SH", "PN", "UC" -> noControl(v, false);
            case "ST", "LT", "UT" -> noControl(v, true);
            case "UR" -> v.chars().noneMatch(c -> c <= ' ' || c > '~');
            default -> true;
        };
    }

    /** Leading and trailing spaces pad most string VRs; UI is padded with NUL. Neither is part of the value. */
    private static String trimPadding(String vr, String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\0')) end--;
        int start = 0;
        boolean leadingSignificant = "ST".equals(vr) || "LT".equals(vr) || "UT".equals(vr) || "UR".equals(vr);
        if (!leadingSignificant) while (start < end && value.charAt(start) == ' ') start++;
        return value.substring(start, end);
    }

    private static boolean fitsInt(String v) {
        try {
            long n = Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
            return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String v) {
        var m = DA.matcher(v);
        if (!m.matches()) return false;
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1) return false;
        return day <= java.time.YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth();
    }

    /** ESC is allowed everywhere (ISO 2022 code extensions); CR, LF, FF and TAB only in the long text VRs. */
    private static boolean noControl(String v, boolean longText) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= ' ' && c != 0x7F) continue;
            if (c == 0x1B) continue;
            if (longText && (c == '\r' || c == '\n' || c == '\f' || c == '\t')) continue;
            return false;
        }
        return true;
    }
}
