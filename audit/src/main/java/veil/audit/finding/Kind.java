package veil.audit.finding;

/** Where a finding was made. */
public enum Kind {
    HEADER, PIXEL, REPORT, COMPARISON;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
