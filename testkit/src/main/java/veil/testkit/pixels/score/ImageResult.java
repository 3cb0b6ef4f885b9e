package veil.testkit.pixels.score;

import java.util.List;
import java.util.Map;

/**
 * What the cleaner did to one image.
 *
 * @param facets         table groupings (style, size band, bit depth, modality, frames, pixel size)
 * @param outcome        NoText, Redacted or Failed (quarantined)
 * @param outsideChanged samples changed outside every truth box, over all frames
 * @param outsideLinesChanged of those, the ones outside every truth box's whole text line (the space between the
 *                       words of a line is text: blacking it out hides no image)
 * @param outsideFarChanged of those, the ones farther than {@link Judge#NEAR} px from every truth line: what is not
 *                       the margin a blackout keeps round anti-aliased glyph edges
 * @param samples        all pixels over all frames
 */
public record ImageResult(Map<String, String> facets, String outcome, boolean textFree, List<BoxResult> boxes,
                          long outsideChanged, long outsideLinesChanged, long outsideFarChanged, long samples, long cpuNanos) {

    public ImageResult {
        facets = Map.copyOf(facets);
        boxes = List.copyOf(boxes);
    }

    public boolean quarantined() {
        return "Failed".equals(outcome);
    }

    public double outsideShare() {
        return samples == 0 ? 0 : (double) outsideChanged / samples;
    }

    public double outsideLinesShare() {
        return samples == 0 ? 0 : (double) outsideLinesChanged / samples;
    }

    public double outsideFarShare() {
        return samples == 0 ? 0 : (double) outsideFarChanged / samples;
    }

    /** Released (not quarantined) while some identifying box is still readable: the "released as verified" failure. */
    public boolean releasedWithPhi() {
        return !quarantined() && boxes.stream().anyMatch(b -> b.truth().phi() && !b.hidden());
    }
}
