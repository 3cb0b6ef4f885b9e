package veil.testkit.pixels;

import java.util.List;

/**
 * A generated single-frame grey image as stored values (unsigned, bitsStored bits) with its truth.
 *
 * @param textStored the stored value the text was drawn with (for judging black text)
 */
public record SynthImage(SynthSpec spec, int width, int height, int[] stored, int textStored,
                         List<TruthBox> truth, SynthPatient patient) {
    public SynthImage {
        truth = List.copyOf(truth);
    }

    public int maxStored() {
        return (1 << spec.bitsStored()) - 1;
    }
}
