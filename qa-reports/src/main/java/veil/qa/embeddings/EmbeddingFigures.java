package veil.qa.embeddings;

import java.util.List;
import java.util.Map;

/**
 * Embedding-based figures (JSON {@code embeddings.*}): near-duplicate images, near-duplicates
 * across splits, and suspected label errors by neighbour agreement.
 *
 * @param matched               images with both a manifest row and an embedding (the figures are over these)
 * @param embeddingsWithoutImage embeddings whose id matches no image of the manifest
 * @param imagesWithoutEmbedding manifest images with no embedding
 */
public record EmbeddingFigures(String source, int dimension, long matched, long embeddingsWithoutImage,
                               long imagesWithoutEmbedding, int k, double duplicateThreshold, String method, long millis,
                               Duplicates nearDuplicates, CrossSplit crossSplit, LabelSuspects labelSuspects) {

    /** Two images and their cosine similarity. */
    public record Pair(String imageA, String imageB, String patientA, String patientB, String splitA, String splitB,
                       double similarity) {}

    /** Pairs at or above the threshold among each image's k nearest (so at most k per image are seen). */
    public record Duplicates(long pairs, long imagesInvolved, long groups, long largestGroup, long pairsSamePatient,
                             long pairsDifferentPatients, List<Pair> top, boolean listTruncated) {}

    /** Near-duplicate pairs whose images are in different splits; those of different patients are leakage patient IDs do not show. */
    public record CrossSplit(long pairs, long pairsDifferentPatients, long pairsSamePatient, Map<String, Long> byPair,
                             List<Pair> top) {}

    /** One suspected label: the given value disagrees with the image's nearest neighbours. */
    public record Suspect(int rank, String image, String patient, String study, String split, String label, String given,
                          double neighboursPositive, double score) {}

    /**
     * Neighbour agreement (cleanlab's idea without a model): for each label, the similarity-weighted
     * share of an image's k neighbours that are positive estimates P(positive); the image's
     * self-confidence is that share for a positive label and one minus it otherwise, divided by the
     * mean self-confidence of its class (per-class threshold). Images are ranked by their lowest
     * score over labels; {@code disagreeing} counts images where most neighbours disagree. Neighbours of
     * the same study do not vote: they carry the study's labels by construction. Labels whose
     * positives agree with fewer than half of their neighbours on average are not judged
     * ({@code labelsNotSeparable}): the embeddings do not gather them, so every positive would look wrong.
     */
    public record LabelSuspects(String labeller, List<String> labelsChecked, List<String> labelsNotSeparable, long imagesJudged, long disagreeing,
                                Map<String, Long> disagreeingByLabel, List<Suspect> top) {}
}
