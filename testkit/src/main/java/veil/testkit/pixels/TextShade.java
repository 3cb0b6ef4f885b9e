package veil.testkit.pixels;

/** Displayed brightness of burned-in text (0 = black, 1 = white). */
public enum TextShade {
    WHITE(1.0), GREY(0.62), BLACK(0.0);

    public final double level;

    TextShade(double level) { this.level = level; }
}
