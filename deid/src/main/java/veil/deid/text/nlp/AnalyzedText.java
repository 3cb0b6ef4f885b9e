package veil.deid.text.nlp;

import java.util.List;

/**
 * A document split into sentences and tokens, the common input of the token-level detectors.
 *
 * @param text the document as written
 * @param recased the same with shouted lines re-cased (same length), see {@link Recaser}
 */
public record AnalyzedText(String text, String recased, List<Sentence> sentences) {}
