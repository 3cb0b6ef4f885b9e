package veil.qa.sample;

import java.util.List;

/**
 * What {@link Sampler} draws.
 *
 * @param seed          random seed: the same seed and dataset give the same sample
 * @param labeller      whose labels to review; null for the first labeller
 * @param labels        labels to review; empty for all
 * @param values        label values to review ("positive", "negative", "uncertain", "blank"); empty for positive, negative and uncertain
 * @param splits        splits to sample from; empty for all
 * @param halfWidth     target half-width of the 95% Wilson interval of each stratum's error rate
 * @param expectedError error rate assumed when sizing (0.10 by default; 0.5 is the most cautious)
 * @param maxPerStratum cap per stratum (0: none)
 */
public record SampleOptions(long seed, String labeller, List<String> labels, List<String> values, List<String> splits,
                            double halfWidth, double expectedError, int maxPerStratum) {
    public SampleOptions {
        labels = labels == null ? List.of() : List.copyOf(labels);
        values = values == null || values.isEmpty() ? List.of("positive", "negative", "uncertain") : List.copyOf(values);
        splits = splits == null ? List.of() : List.copyOf(splits);
        if (!(halfWidth > 0 && halfWidth < 1)) throw new IllegalArgumentException("the target half-width must be between 0 and 1, got " + halfWidth);
        if (!(expectedError > 0 && expectedError < 1)) throw new IllegalArgumentException("the expected error rate must be between 0 and 1, got " + expectedError);
        if (maxPerStratum < 0) throw new IllegalArgumentException("the cap per stratum cannot be negative");
    }

    public static SampleOptions defaults(long seed) {
        return new SampleOptions(seed, null, List.of(), List.of(), List.of(), 0.10, 0.10, 0);
    }
}
