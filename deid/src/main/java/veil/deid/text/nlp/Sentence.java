package veil.deid.text.nlp;

/**
 * One sentence of a document with its tokens. Token offsets are absolute (into the document).
 * {@code tokens} come from the re-cased text the model reads; {@code raw} are the same tokens as
 * written, whose capitals are evidence for the rule-based detectors.
 */
public record Sentence(int start, int end, String[] tokens, String[] raw, int[] tokenStarts, int[] tokenEnds) {
    public int size() { return tokens.length; }
}
