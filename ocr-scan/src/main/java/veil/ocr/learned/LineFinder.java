package veil.ocr.learned;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * The first read's text lines in one frame: the learned detector on the frame as rendered, plus a second pass on
 * its local-contrast normalisation for faint text (6-12% of full scale) the first pass misses. Boxes of the two
 * passes that mostly overlap are joined.
 */
public final class LineFinder {

    /** Which detector passes run: both (the default, recall first), or one of them (half the time). */
    public enum Passes { BOTH, PLAIN, LOW_CONTRAST }

    private LineFinder() { }

    public static List<Rectangle> lines(PpOcrDetector detector, Gray8 frame) {
        return lines(detector, frame, Passes.BOTH);
    }

    public static List<Rectangle> lines(PpOcrDetector detector, Gray8 frame, Passes passes) {
        List<Rectangle> boxes = new ArrayList<>();
        if (passes != Passes.LOW_CONTRAST) for (TextBox b : detector.detect(frame)) boxes.add(b.box());
        if (passes != Passes.PLAIN) for (TextBox b : detector.detect(LocalNormalisation.of(frame))) boxes.add(b.box());
        List<Rectangle> out = new ArrayList<>();
        for (Rectangle r : merged(boxes)) out.add(InkBounds.tighten(frame, r));
        return out;
    }

    /** Joins boxes that overlap by more than half of the smaller one. */
    static List<Rectangle> merged(List<Rectangle> in) {
        List<Rectangle> out = new ArrayList<>(in);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    Rectangle a = out.get(i), b = out.get(j);
                    Rectangle x = a.intersection(b);
                    if (x.isEmpty()) continue;
                    long small = Math.min((long) a.width * a.height, (long) b.width * b.height);
                    if ((long) x.width * x.height * 2 > small) {
                        out.set(i, a.union(b));
                        out.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return out;
    }
}
