package veil.deid.dates;

/** HIPAA Safe Harbor for ages: every age over 89 becomes 90 (the category "90 or older"). */
public final class Ages {

    public static final String CAPPED = "090Y";

    private Ages() { }

    /** @return the AS value, capped at 090Y; null when it is not an age string (the caller removes it) */
    public static String cap(String as) {
        String v = as.trim();
        if (v.isEmpty()) return v;
        if (!v.matches("\\d{1,3}[DWMY]")) return null;
        int n = Integer.parseInt(v.substring(0, v.length() - 1));
        double years = switch (v.charAt(v.length() - 1)) {
            case 'D' -> n / 365.25;
            case 'W' -> n / 52.18;
            case 'M' -> n / 12.0;
            default -> n;
        };
        return years >= 90 ? CAPPED : String.format("%03d%c", n, v.charAt(v.length() - 1));
    }
}
