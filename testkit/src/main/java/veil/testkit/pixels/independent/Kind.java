package veil.testkit.pixels.independent;

/** What a burned-in text item is. The first five identify; the rest do not. */
public enum Kind {
    NAME(true), ID(true), DATE(true), INSTITUTION(true), PHYSICIAN(true),
    /** Allow-listed markers (L, R, AP, PORTABLE): kept in every mode. */
    MARKER(false),
    /** Technique and labels (kVp, mAs, "ID:"): removed in all mode, kept in phi mode. */
    TECHNICAL(false);

    private final boolean phi;

    Kind(boolean phi) {
        this.phi = phi;
    }

    public boolean phi() {
        return phi;
    }
}
