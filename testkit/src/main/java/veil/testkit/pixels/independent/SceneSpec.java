package veil.testkit.pixels.independent;

/**
 * One instance of the independent set.
 *
 * @param style       how the identifying text is drawn; null for a text-free image
 * @param textPx      font size of the identifying text in pixels (markers are drawn larger)
 * @param banner      for clips: a banner on every frame, or one that changes half-way
 * @param burnedInYes whether the header says Burned In Annotation YES (else the attribute is absent)
 */
public record SceneSpec(String id, long seed, Format format, Backdrop backdrop, Style style, int textPx,
                        Banner banner, boolean burnedInYes) {

    public enum Banner { NONE, STATIC, CHANGING }

    public boolean textFree() {
        return style == null;
    }

    /** Size band for tables: 10-11, 12-15, 16-23, 24-35, 36-48 px. */
    public static String sizeBand(int px) {
        if (px < 12) return "10-11 px";
        if (px < 16) return "12-15 px";
        if (px < 24) return "16-23 px";
        if (px < 36) return "24-35 px";
        return "36-48 px";
    }
}
