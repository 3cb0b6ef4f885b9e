package veil.testkit.pixels.independent;

import com.pixelmed.dicom.AttributeList;
import java.util.List;

/**
 * A generated instance: its header and pixels as DICOM, the stored values per frame (interleaved samples for RGB),
 * and where every text item lies.
 */
public record IndependentImage(SceneSpec spec, Person person, AttributeList dicom, int[][] stored, List<Truth> truth) {

    public IndependentImage {
        truth = List.copyOf(truth);
    }
}
