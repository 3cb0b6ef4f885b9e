package veil.qa.manifest;

/** Parses ages as written in manifests and DICOM: "58", "58.0", "058Y", "6M", "3W", "10D". */
public final class Ages {
    private Ages() {}

    /** Age in years, or NaN when blank or unreadable. */
    public static float parse(String s) {
        if (s == null) return Float.NaN;
        String t = s.strip();
        if (t.isEmpty()) return Float.NaN;
        char last = Character.toUpperCase(t.charAt(t.length() - 1));
        double div = 1;
        if (Character.isLetter(last)) {
            switch (last) {
                case 'Y': div = 1; break;
                case 'M': div = 12; break;
                case 'W': div = 52.1775; break;
                case 'D': div = 365.25; break;
                default: return Float.NaN;
            }
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) return Float.NaN;
        try {
            double v = Double.parseDouble(t) / div;
            if (v < 0 || v > 150 || Double.isNaN(v)) return Float.NaN;
            return (float) v;
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }
}
