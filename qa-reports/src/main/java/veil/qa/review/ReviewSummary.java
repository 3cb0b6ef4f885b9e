package veil.qa.review;

import java.util.List;
import java.util.Map;

/**
 * Label error rates measured by human review of a stratified sample.
 *
 * @param labels per label ("label", or "labeller:label" when several labellers were reviewed)
 */
public record ReviewSummary(String source, long verdicts, long reviewers, Map<String, LabelReview> labels) {

    /**
     * One label. {@code errorRate} with {@code ciLow}/{@code ciHigh} is the share of wrong labels
     * among the reviewed ones (Wilson 95%). {@code estimatedWrong} scales each stratum's error
     * rate by the stratum's size in the whole dataset (low/high from the strata's Wilson bounds),
     * and {@code weightedErrorRate} = estimatedWrong / population.
     */
    public record LabelReview(String labeller, String label, long reviewed, long wrong, long unsure,
                              double errorRate, double ciLow, double ciHigh, long population,
                              double weightedErrorRate, double estimatedWrong, double estimatedWrongLow,
                              double estimatedWrongHigh, List<StratumReview> strata) {}

    /** One stratum (label value x split) of one label. */
    public record StratumReview(String value, String split, long population, long reviewed, long wrong, long unsure,
                                double errorRate, double ciLow, double ciHigh, double estimatedWrong) {}
}
