package veil.deid.text.nlp;

import java.util.List;

/** A document split into sentences and tokens, the common input of the token-level detectors. */
public record AnalyzedText(String text, List<Sentence> sentences) {}
