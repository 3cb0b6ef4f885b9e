package veil.testkit.pixels.score;

import java.awt.Rectangle;

/**
 * A text box a set's generator drew, in the terms scoring needs.
 *
 * @param phi    identifying text (name, ID, date, institution, physician): must be hidden in every mode
 * @param marker allow-listed text (L, R, AP, PORTABLE): kept in every mode
 * @param line   the whole text line the box belongs to (the box itself where a set does not say)
 */
public record BoxTruth(Rectangle box, boolean phi, boolean marker, int textPx, int firstFrame, int lastFrame,
                       Rectangle line) {

    public BoxTruth {
        box = new Rectangle(box);
        line = new Rectangle(line);
    }

    public BoxTruth(Rectangle box, boolean phi, boolean marker, int textPx, int firstFrame, int lastFrame) {
        this(box, phi, marker, textPx, firstFrame, lastFrame, box);
    }
}
