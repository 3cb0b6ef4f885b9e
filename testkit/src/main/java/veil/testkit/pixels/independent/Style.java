package veil.testkit.pixels.independent;

/** How the identifying text is drawn. Every style is a way real devices burn text that readers have missed. */
public enum Style {
    /** Near full-scale ink straight on the image. */
    BRIGHT,
    /** Ink only 6-12% of full scale above its surroundings. */
    LOW_CONTRAST,
    /** Mid-grey box with slightly lighter grey text. */
    GREY_ON_GREY_BOX,
    /** Light label box with dark text. */
    DARK_ON_LIGHT_BOX,
    /** A dark band across the image with white text. */
    WHITE_ON_DARK_BAND,
    /** Turned 90 degrees and run along a side edge. */
    ROTATED_EDGE,
    /** A 3-4 line block in one corner. */
    MULTI_LINE_BLOCK
}
