package veil.ocr.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.WordBox;

class PhiMatcherTest {

    private final PhiMatcher matcher = new PhiMatcher(new Identifiers(Set.of("DOE", "JOHNATHAN"),
            Set.of("4839201", "A12345"), Set.of(LocalDate.of(1961, 7, 14))));

    @Test
    void matchesNamePartsInAnyCaseAndOrder() {
        assertThat(matcher.isIdentifier("Johnathan")).isTrue();
        assertThat(matcher.isIdentifier("doe,")).isTrue();
        assertThat(matcher.isIdentifier("DOE\"JOHNATHAN")).isTrue();
    }

    @Test
    void toleratesOneOcrSlipInLongerTokens() {
        assertThat(matcher.isIdentifier("J0HNATHAN")).isTrue();
        assertThat(matcher.isIdentifier("4839207")).isTrue();
        assertThat(matcher.isIdentifier("DOF")).isFalse();
    }

    @Test
    void matchesIdsWithLabelsAndDatesInOtherFormats() {
        assertThat(matcher.isIdentifier("ID:4839201")).isTrue();
        assertThat(matcher.isIdentifier("14/07/1961")).isTrue();
        assertThat(matcher.isIdentifier("19610714")).isTrue();
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(matcher.isIdentifier("PORTABLE")).isFalse();
        assertThat(matcher.isIdentifier("ID:")).isFalse();
        assertThat(matcher.isIdentifier("2024-03-15")).isFalse();
    }

    @Test
    void matchesADateSplitOverWordsOfOneLine() {
        List<WordBox> words = new ArrayList<>();
        String[] text = {"DOB", "Jul", "14,", "1961", "CHEST"};
        for (int i = 0; i < text.length; i++) words.add(new WordBox(0, new Rectangle(i * 50, 0, 40, 10), text[i], 90, 1));
        assertThat(matcher.match(words).stream().boxed().toList()).containsExactly(1, 2, 3);
    }

    @Test
    void identifiersTheHeaderDoesNotKnowAreFoundByTheReportScanner() {
        List<WordBox> words = new ArrayList<>();
        String[] text = {"Read", "by", "Dr.", "Okafor", "on", "03/02/2024", "PORTABLE"};
        for (int i = 0; i < text.length; i++) words.add(new WordBox(0, new Rectangle(i * 50, 0, 40, 10), text[i], 90, 1));
        List<Integer> hits = matcher.match(words).stream().boxed().toList();
        assertThat(hits).contains(3, 5).doesNotContain(0, 6);
    }
}
