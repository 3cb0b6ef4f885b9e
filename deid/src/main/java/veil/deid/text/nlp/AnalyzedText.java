package veil.deid.text.nlp;

import java.util.List;

/**
 * A document split into sentences and tokens, the common input of the token-level detectors.
 *
 * @param text the document as written
 * @param recased the same with shouted and lower-case lines re-cased (same length), see {@link Recaser}
 * @param evidence the text as the rule-based detectors read it: lines without capitalisation
 *                 evidence (all capitals or all lower case) in capitals, others as written
 */
public record AnalyzedText(String text, String recased, String evidence, List<Sentence> sentences) {}
