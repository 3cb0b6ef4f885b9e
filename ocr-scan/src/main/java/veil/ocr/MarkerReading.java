package veil.ocr;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import veil.ocr.detect.WordBox;

/**
 * Whether a marker-sized line may stay in {@code all} mode: only when every word read in it is allow-listed (L, R,
 * PORTABLE, ...). The first read sees the line among the whole frame's layout and can drop or garble a glyph of a
 * one- or two-letter marker; a line it doubts is read once more on its own ({@code localRead}, a single-line read of a
 * crop round it) before it goes. Fail closed: nothing read, or anything read that is not allowed, and it goes.
 */
final class MarkerReading {

    /** How a marker was kept, or that it goes. */
    enum Verdict { ALLOWED, ALLOWED_ON_SECOND_READ, GOES }

    private MarkerReading() { }

    static Verdict judge(List<WordBox> firstRead, Predicate<String> allowed, Supplier<List<WordBox>> localRead) {
        if (allAllowed(firstRead, allowed)) return Verdict.ALLOWED;
        return allAllowed(localRead.get(), allowed) ? Verdict.ALLOWED_ON_SECOND_READ : Verdict.GOES;
    }

    /** Text no one can read cannot be shown harmless. */
    private static boolean allAllowed(List<WordBox> words, Predicate<String> allowed) {
        return !words.isEmpty() && words.stream().allMatch(w -> allowed.test(w.text()));
    }
}
