package veil.qa.review;

/**
 * One reviewer's verdict on one item of a review sample, as the review app records it.
 *
 * @param kind       {@code spot-check} or {@code label}
 * @param verdict    a word of the kind's vocabulary (pass/fail; correct/wrong/unsure)
 * @param decidedAt  ISO-8601 instant, seconds
 */
public record ItemVerdict(String kind, String itemId, String stratum, String reviewer, String verdict, String note,
                          String decidedAt) {}
