package veil.ocr.learned;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * The first read's text lines in one frame: the learned detector on the frame as rendered and on its local-contrast
 * normalisation (faint text, 6-12% of full scale, that the plain rendering hides), by default in one pass that gets
 * both renderings as different input channels; then every box shrunk to the glyphs inside it. Which passes run is
 * {@link Passes}; boxes of two passes that mostly overlap are joined.
 */
public final class LineFinder {

    /**
     * Which detector passes run. {@code MIXED} is one pass whose input carries the normalised frame in the first
     * channel and the plain frame in the other two (the network takes three channels; grey needs only one).
     */
    public enum Passes { BOTH, PLAIN, LOW_CONTRAST, MIXED, MIXED_DARK }

    /**
     * What Veil runs: one mixed pass. On the independent set it covers as many PHI boxes as both passes together
     * (98.1%, 312 of 318 >= 12 px) at half the cost; measured in ocr-scan/README.md ("Detector and speed").
     */
    public static final Passes DEFAULT = Passes.MIXED;

    /** Frames up to this many pixels (512 x 512) also get the mixed pass on their denoised view ({@link BoxMean}). */
    static final long DENOISED_MAX_PIXELS = 512L * 512;
    /** A box of the denoised pass counts when it is this many times as wide as it is tall. */
    static final int LINE_ASPECT = 2;

    private LineFinder() { }

    public static List<Rectangle> lines(PpOcrDetector detector, Gray8 frame) {
        return lines(detector, frame, DEFAULT);
    }

    public static List<Rectangle> lines(PpOcrDetector detector, Gray8 frame, Passes passes) {
        return lines(detector, frame, passes, 1.0);
    }

    /**
     * @param scale the detector reads the frame resampled by this factor (<= 1; 1 = native resolution); boxes come
     *              back in frame coordinates and are tightened on the full-resolution frame
     */
    public static List<Rectangle> lines(PpOcrDetector detector, Gray8 frame, Passes passes, double scale) {
        List<TextBox> boxes = new ArrayList<>(raw(detector, frame, passes, scale));
        if (passes == Passes.MIXED && scale >= 1.0) boxes.addAll(denoised(detector, frame));
        return finished(frame, boxes);
    }

    /**
     * A whole frame of at most {@link #DENOISED_MAX_PIXELS} gets a second look with the normalised view taken of its
     * 3 x 3 mean ({@link BoxMean}), where it costs a fraction of a large frame's pass: faint thin type under pixel
     * noise (a CT's corner blocks) that the mixed pass misses whole. Only its line-shaped boxes count: on the denoised
     * view the network also takes the soft edges of a body for text, in blobs as tall as they are wide. Whole frames
     * only: the enlarged crops of {@link Neighbourhoods} are another view already. Measured in ocr-scan/README.md
     * ("A denoised look at small frames").
     */
    static List<TextBox> denoised(PpOcrDetector detector, Gray8 frame) {
        List<TextBox> out = new ArrayList<>();
        if ((long) frame.width() * frame.height() > DENOISED_MAX_PIXELS) return out;
        for (TextBox b : detector.detect(LocalNormalisation.of(BoxMean.of(frame)), frame, frame)) {
            if (b.box().width >= LINE_ASPECT * b.box().height) out.add(b);
        }
        return out;
    }

    /** The passes' boxes in frame coordinates, before joining and tightening (benchmarks combine them). */
    public static List<TextBox> raw(PpOcrDetector detector, Gray8 frame, Passes passes, double scale) {
        Gray8 in = scale >= 1.0 ? frame : Resample.down(frame, scale);
        List<TextBox> boxes = new ArrayList<>();
        switch (passes) {
            case PLAIN -> boxes.addAll(detector.detect(in));
            case LOW_CONTRAST -> boxes.addAll(detector.detect(LocalNormalisation.of(in)));
            case BOTH -> {
                boxes.addAll(detector.detect(in));
                boxes.addAll(detector.detect(LocalNormalisation.of(in)));
            }
            case MIXED -> boxes.addAll(detector.detect(LocalNormalisation.of(in), in, in));
            case MIXED_DARK -> boxes.addAll(detector.detect(LocalNormalisation.of(in), in, DarkStretch.of(in)));
        }
        if (in != frame) boxes = Resample.up(boxes, frame.width(), frame.height(), (double) frame.width() / in.width(),
                (double) frame.height() / in.height());
        return boxes;
    }

    /** Joins overlapping boxes (of one pass or several) and shrinks each to the glyphs inside it. */
    public static List<Rectangle> finished(Gray8 frame, List<TextBox> boxes) {
        List<Rectangle> out = new ArrayList<>();
        for (TextBox b : merged(boxes)) out.add(InkBounds.tighten(frame, b.box(), b.core()));
        return out;
    }

    /** Joins boxes that overlap by more than half of the smaller one (their cores too). */
    static List<TextBox> merged(List<TextBox> in) {
        List<TextBox> out = new ArrayList<>(in);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    Rectangle a = out.get(i).box(), b = out.get(j).box();
                    Rectangle x = a.intersection(b);
                    if (x.isEmpty()) continue;
                    long small = Math.min((long) a.width * a.height, (long) b.width * b.height);
                    if ((long) x.width * x.height * 2 > small) {
                        out.set(i, new TextBox(a.union(b), out.get(i).core().union(out.get(j).core()),
                                Math.max(out.get(i).score(), out.get(j).score())));
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
