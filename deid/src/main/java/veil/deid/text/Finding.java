package veil.deid.text;

/**
 * One identifier found in a text: character offsets [start, end) into the scanned string.
 *
 * @param detector which detector found it (pattern, lexicon, model, context), for evaluation and audit
 */
public record Finding(int start, int end, PhiType type, double confidence, String detector) {
    public Finding {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public int length() { return end - start; }
}
