package veil.ocr.verify;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a line's band past each of its ends, in steps along the line, for the checks that walk from a
 * line's ends ({@link LineEnds}, {@link BandContinuation}). A walk stops at the frame edge: a step clipped shorter
 * than {@code minAlong} is not returned, nor any after it.
 */
final class LineSteps {

    private LineSteps() { }

    static boolean vertical(Rectangle line) {
        return line.height > line.width;
    }

    static int across(Rectangle line) {
        return vertical(line) ? line.width : line.height;
    }

    /** @return the steps past the line's start, then past its end, each nearest first */
    static List<List<Rectangle>> pastEnds(Rectangle line, int frameWidth, int frameHeight, int step, int maxSteps,
                                          int minAlong) {
        boolean vertical = vertical(line);
        Rectangle frame = new Rectangle(0, 0, frameWidth, frameHeight);
        List<List<Rectangle>> out = new ArrayList<>();
        for (int dir : new int[] {-1, 1}) {
            List<Rectangle> steps = new ArrayList<>();
            int start = dir < 0 ? (vertical ? line.y : line.x) : (vertical ? line.y + line.height : line.x + line.width);
            for (int k = 0; k < maxSteps; k++) {
                int a = dir < 0 ? start - (k + 1) * step : start + k * step;
                Rectangle s = (vertical ? new Rectangle(line.x, a, line.width, step) : new Rectangle(a, line.y, step, line.height))
                        .intersection(frame);
                if (s.isEmpty() || (vertical ? s.height : s.width) < minAlong) break;
                steps.add(s);
            }
            out.add(steps);
        }
        return out;
    }
}
