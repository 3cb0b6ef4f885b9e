package veil.deid.text.lexicon;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Splits name lists into a part the name model is trained on and a disjoint part the evaluation
 * draws from, by a stable hash of the name, so the measured recall is not recall of memorised names.
 */
public enum NameSplit {
    /** Four names in five: the name model's training corpus. */
    TRAIN,
    /** One in ten: the tuning evaluation (veil.testkit.text.ReportGenerator). */
    EVAL,
    /** One in ten: the independent evaluation only, never seen by training or tuning. */
    HELD_OUT;

    private static final int BUCKETS = 10;

    public static NameSplit of(String name) {
        CRC32 crc = new CRC32();
        crc.update(WordList.key(name).getBytes(StandardCharsets.UTF_8));
        long b = crc.getValue() % BUCKETS;
        return b == 0 ? EVAL : b == 5 ? HELD_OUT : TRAIN;
    }

    public boolean holds(String name) {
        return of(name) == this;
    }
}
