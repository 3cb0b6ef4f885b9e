package veil.audit.finding;

import java.util.Locale;

/** How bad a finding is; {@code --fail-on} compares against this order. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** A text-scanner finding's weight: direct identifiers high, quasi-identifiers medium, times and ages low. */
    public static Severity of(veil.deid.text.PhiType t) {
        return switch (t) {
            case NAME, ID, PHONE, EMAIL, ADDRESS, IP, URL -> HIGH;
            case DATE, LOCATION, ORGANIZATION -> MEDIUM;
            case TIME, AGE -> LOW;
        };
    }

    public static Severity parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + s + "' (info, low, medium or high)");
        }
    }
}
