package veil.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.WordBox;

/** An allow-listed marker the first read doubts is read again on its own; anything still doubted goes. */
class MarkerReadingTest {

    private static final Predicate<String> ALLOWED = Set.of("L", "R", "AP", "PORTABLE")::contains;

    private static List<WordBox> words(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new WordBox(0, new Rectangle(0, 0, 10, 10), t, 90f, 0)).toList();
    }

    @Test
    void aMarkerReadRightFirstTimeStaysWithoutASecondRead() {
        Supplier<List<WordBox>> never = () -> { throw new AssertionError("no second read needed"); };
        assertThat(MarkerReading.judge(words("PORTABLE", "AP"), ALLOWED, never)).isEqualTo(MarkerReading.Verdict.ALLOWED);
    }

    @Test
    void aMarkerTheFirstReadGarbledStaysWhenTheLocalReadShowsItAllowed() {
        assertThat(MarkerReading.judge(words("AF"), ALLOWED, () -> words("AP")))
                .isEqualTo(MarkerReading.Verdict.ALLOWED_ON_SECOND_READ);
        assertThat(MarkerReading.judge(words(), ALLOWED, () -> words("L")))
                .isEqualTo(MarkerReading.Verdict.ALLOWED_ON_SECOND_READ);
    }

    @Test
    void aLineStillDoubtedOrUnreadGoes() {
        assertThat(MarkerReading.judge(words("AF"), ALLOWED, () -> words("AF"))).isEqualTo(MarkerReading.Verdict.GOES);
        assertThat(MarkerReading.judge(words(), ALLOWED, List::of)).isEqualTo(MarkerReading.Verdict.GOES);
        assertThat(MarkerReading.judge(words("L", "SMITH"), ALLOWED, () -> words("L", "SMITH")))
                .as("an allowed marker beside a name is no marker").isEqualTo(MarkerReading.Verdict.GOES);
    }
}
