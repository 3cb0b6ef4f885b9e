package veil.deid.text.lexicon;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Splits name lists into a part the name model is trained on and a disjoint part the evaluation
 * draws from, by a stable hash of the name, so the measured recall is not recall of memorised names.
 */
public enum NameSplit {
    TRAIN, EVAL;

    private static final int BUCKETS = 5;

    public static NameSplit of(String name) {
        CRC32 crc = new CRC32();
        crc.update(WordList.key(name).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % BUCKETS == 0 ? EVAL : TRAIN;
    }

    public boolean holds(String name) {
        return of(name) == this;
    }
}
