package veil.audit.run;

import java.util.Locale;

/** How many images get their pixels read: reading text is slow (about a second an image), headers are not. */
public enum PixelScreening {
    /** every image */
    ALL,
    /** a reproducible tenth of the images (by a hash of the path) */
    SAMPLE,
    /** headers and reports only */
    NONE;

    public static PixelScreening parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--pixels must be all, sample or none, not '" + s + "'");
        }
    }

    boolean screens(String relativePath) {
        return switch (this) {
            case ALL -> true;
            case NONE -> false;
            case SAMPLE -> Math.floorMod(relativePath.hashCode() * 0x9E3779B1, 10) == 0;
        };
    }
}
