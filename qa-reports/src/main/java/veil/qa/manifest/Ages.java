package veil.qa.manifest;

/** Parses ages as written in manifests and DICOM: "58", "58.0", "058Y", "6M", "3W", "10D". */
public final class Ages {
    private Ages() {}

    /** Age in years, or NaN when blank or unreadable. */
    public static float parse(String s) {
        if (s == null) return Float.NaN;
        String t = s.strip();
        if (t.isEmpty()) return Float.NaN;
        int n = t.length();
        if (n <= 3) {   // fast path: whole years, the common case
            int v = 0;
            boolean digits = true;
            for (int i = 0; i < n && digits; i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') digits = false;
                else v = v * 10 + (c - '0');
            }
            if (digits) return v > 150 ? Float.NaN : v;
        }
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
