package veil.ocr.multiframe;

import java.util.ArrayList;
import java.util.List;
import veil.ocr.verify.IndependentCheck;

/**
 * Which of the independent check's regions in a clip can be burned-in text by how long they last. A modality writes
 * an annotation into every frame it shows it in, for many frames (a banner that changes mid-clip shows each version
 * for the rest of the clip or for seconds of it); ultrasound speckle changes every frame, so a text-like shape that
 * speckle happens to form is there in one frame and gone in the next. Over 12 frames of speckle the check sees such a
 * shape somewhere often enough to quarantine a text-free clip (seed 20261210: a text-free RGB clip and a clip with
 * a static banner, both refused after three rounds on regions of one frame).
 *
 * <p>A region of a clip is kept when the check finds an overlapping region in a neighbouring frame too, or when it
 * continues a blackout (letters left past a removed line, which belong to that line whatever the frames do).
 */
public final class Persistence {

    private Persistence() { }

    /** @param frames how many frames the clip has; fewer than 3 keeps everything (no neighbours to ask) */
    public static List<IndependentCheck.Unexplained> lasting(List<IndependentCheck.Unexplained> found, int frames) {
        if (frames < 3) return found;
        List<IndependentCheck.Unexplained> out = new ArrayList<>();
        for (IndependentCheck.Unexplained u : found) {
            if (u.continuesBlackout() || found.stream().anyMatch(o -> Math.abs(o.frame() - u.frame()) == 1
                    && o.box().intersects(u.box()))) {
                out.add(u);
            }
        }
        return out;
    }
}
