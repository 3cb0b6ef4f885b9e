package veil.deid.text.nlp;

/**
 * One sentence of a document with its tokens. Token offsets are absolute (into the document).
 */
public record Sentence(int start, int end, String[] tokens, int[] tokenStarts, int[] tokenEnds) {
    public int size() { return tokens.length; }
}
