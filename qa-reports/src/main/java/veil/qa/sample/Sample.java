package veil.qa.sample;

import java.util.List;

/** A drawn review sample: the plan per stratum and the items, in stratum order. */
public record Sample(long seed, String labeller, double halfWidth, double expectedError, List<Stratum> strata, List<Item> items) {

    /** One stratum: labeller x label x value x split, its size in the dataset and how many were drawn. */
    public record Stratum(String label, String value, String split, long population, int sampled, double expectedHalfWidth) {}

    /** One image to review for one label. */
    public record Item(String sampleId, String labeller, String label, String value, String split, long stratumSize,
                       String image, String patient, String study) {}
}
