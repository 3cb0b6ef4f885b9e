package veil.qa.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import veil.qa.embeddings.EmbeddingFigures;
import veil.qa.export.GreyLevelFigures;
import veil.qa.review.ReviewSummary;

/**
 * Every figure of a QA report, computed once from a dataset. Serialised to JSON with snake_case
 * names (e.g. {@code counts.images}, {@code splits.test.patients},
 * {@code repeat.patients_over_10_images_fraction}, {@code leakage.patients_in_multiple_splits})
 * and rendered to HTML from the same object. Fractions are 0..1.
 */
public record Figures(
        Meta meta,
        List<Warning> warnings,
        Counts counts,
        Map<String, Counts> splits,
        PerPatient perPatient,
        Concentration concentration,
        Repeat repeat,
        Map<String, EffectiveN> effectiveSampleSize,
        Leakage leakage,
        Map<String, Cohort> cohort,
        Map<String, Map<String, Map<String, ValueCounts>>> labels,
        CoOccurrence coOccurrence,
        List<LabellerAgreement> agreement,
        Map<String, Map<String, Map<String, StratumPrevalence>>> strata,
        TestAdequacy testAdequacy,
        ImageQuality imageQuality,
        ReviewSummary review,
        GreyLevelFigures greyLevels,
        EmbeddingFigures embeddings) {

    public Figures withReview(ReviewSummary r, List<Warning> w) {
        return new Figures(meta, w, counts, splits, perPatient, concentration, repeat, effectiveSampleSize, leakage,
                cohort, labels, coOccurrence, agreement, strata, testAdequacy, imageQuality, r, greyLevels, embeddings);
    }

    /** With grey-level and embedding figures (either may be null) and the warnings they add. */
    public Figures withImageFigures(GreyLevelFigures g, EmbeddingFigures e, List<Warning> w) {
        return new Figures(meta, w, counts, splits, perPatient, concentration, repeat, effectiveSampleSize, leakage,
                cohort, labels, coOccurrence, agreement, strata, testAdequacy, imageQuality, review, g, e);
    }

    public record Meta(String tool, String version, String format, List<String> sources, String generatedAt,
                       List<String> splitNames, String testSplit, List<String> labellers, String primaryLabeller,
                       List<String> labels, List<String> strataColumns, List<String> columns, List<String> notes) {}

    /** Plain-words warning; severity is "high", "medium" or "info". */
    public record Warning(String code, String severity, String message) {}

    public record Counts(long images, long studies, long patients) {}

    public record Bin(String label, long count) {}

    public record Distribution(long count, double mean, double median, long max, List<Bin> histogram) {}

    public record PerPatient(Distribution images, Distribution studies, Distribution imagesPerStudy) {}

    /** Lorenz points are [share of patients, share of images], patients sorted by fewest images first. */
    public record Concentration(@JsonProperty("top_1_percent_share") double top1PercentShare,
                                @JsonProperty("top_5_percent_share") double top5PercentShare,
                                @JsonProperty("top_10_percent_share") double top10PercentShare,
                                double gini, List<double[]> lorenz) {}

    public record Repeat(@JsonProperty("patients_over_10_images") long patientsOver10Images,
                         @JsonProperty("patients_over_10_images_fraction") double patientsOver10ImagesFraction,
                         @JsonProperty("images_from_patients_over_10") long imagesFromPatientsOver10,
                         @JsonProperty("images_from_patients_over_10_fraction") double imagesFromPatientsOver10Fraction) {}

    /** Kish design effect for one label (see {@link DesignEffect}). */
    public record EffectiveN(long images, long patients, long positives, double icc, double meanImagesPerPatient,
                             double weightedClusterSize, double designEffect, double effectiveN,
                             double effectivePositives) {}

    public record LeakedPatient(String patient, List<String> splits, long images) {}

    public record Leakage(List<String> splitsCompared, long patientsInMultipleSplits, long imagesOfThosePatients,
                          double imagesOfThosePatientsFraction, Map<String, Long> byPair, List<LeakedPatient> patients,
                          boolean listTruncated) {}

    public record AgeSummary(long known, long unknown, double mean, double median, long over89, Map<String, Long> histogram) {}

    public record Cohort(long images, long patients, AgeSummary age, Map<String, Long> sex, Map<String, Long> viewPosition,
                         Map<String, Long> frontalLateral, Map<String, Long> apPa) {}

    public record ValueCounts(long images, long positive, long negative, long uncertain, long blank, double prevalence) {}

    public record CoOccurrence(String labeller, List<String> labels, long[][] counts) {}

    public record LabelAgreement(long images, double agreement, double kappa, long disagreements,
                                 long positiveVersusNegative, Map<String, Map<String, Long>> table) {}

    public record LabellerAgreement(String labellerA, String labellerB, Map<String, LabelAgreement> labels) {}

    public record StratumPrevalence(long images, long positive, double prevalence) {}

    public record TestLabel(long positives, long negatives, long uncertain, double sensitivityCiHalfWidth,
                            double specificityCiHalfWidth, boolean flagged) {}

    public record TestAdequacy(String testSplit, String labeller, double assumedProportion, double threshold,
                               Map<String, TestLabel> labels, List<String> flaggedLabels) {}

    public record NumberSummary(long count, double min, double median, double mean, double max) {}

    public record ImageQuality(long imagesWithSize, NumberSummary width, NumberSummary height, Map<String, Long> shortSide,
                               long imagesWithBits, Map<String, Long> bitsStored, double eightBitFraction, String bitsSource,
                               Map<String, Long> photometric, Map<String, Long> modality, Map<String, Long> manufacturer) {}
}
