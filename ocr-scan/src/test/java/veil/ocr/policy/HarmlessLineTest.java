package veil.ocr.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import veil.ocr.detect.WordBox;
import veil.ocr.policy.HarmlessLine.Verdict;

class HarmlessLineTest {

    private final HarmlessLine rule = new HarmlessLine(Set.of("PORTABLE"), new PhiMatcher(new Identifiers(
            Set.of("DOE", "JOHNATHAN"), Set.of("4839201"), Set.of(LocalDate.of(1961, 7, 14)))));

    /** Words 20 px high laid 60 px apart from x = 10, read at the given confidence. */
    private static List<WordBox> words(float confidence, String... text) {
        List<WordBox> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(new WordBox(0, new Rectangle(10 + i * 60, 10, 50, 20), text[i], confidence, 1));
        }
        return out;
    }

    /** The line box the detector would give those words: their extent and a small margin. */
    private static Rectangle lineOf(int n) {
        return new Rectangle(6, 6, n * 60 - 10 + 8, 28);
    }

    @Test
    void keepsATechniqueLineReadWholeWithConfidence() {
        assertThat(rule.judge(words(91, "85", "kVp", "3.2", "mAs"), lineOf(4))).isEqualTo(Verdict.HARMLESS);
        assertThat(rule.judge(words(91, "W", "400", "L", "40"), lineOf(4))).isEqualTo(Verdict.HARMLESS);
        assertThat(rule.judge(words(91, "85kVp"), lineOf(1))).isEqualTo(Verdict.HARMLESS);
        assertThat(rule.judge(words(91, "PORTABLE"), lineOf(1))).isEqualTo(Verdict.HARMLESS);
    }

    @Test
    void removesTheInstancesOwnIdentifiersAndAnyDate() {
        assertThat(rule.judge(words(95, "DOE", "JOHNATHAN"), lineOf(2))).isEqualTo(Verdict.IDENTIFIER);
        assertThat(rule.judge(words(95, "ID:", "4839201"), lineOf(2))).isEqualTo(Verdict.IDENTIFIER);
        assertThat(rule.judge(words(95, "03/15/2019"), lineOf(1))).isEqualTo(Verdict.IDENTIFIER);
    }

    @Test
    void removesANameTheHeaderDoesNotKnow() {
        // The header does not know them: the report scanner may flag them, and if it does not, the word list does not
        // show them harmless. Either way the line goes.
        assertThat(rule.judge(words(95, "MRN", "WHITCOMBE"), lineOf(2))).isNotEqualTo(Verdict.HARMLESS);
        assertThat(rule.judge(words(95, "HARBOURVIEW", "CLINIC"), lineOf(2))).isNotEqualTo(Verdict.HARMLESS);
    }

    @Test
    void removesALineReadWithoutConfidence() {
        assertThat(rule.judge(words(55, "85", "kVp"), lineOf(2))).isEqualTo(Verdict.UNSHOWN);
        assertThat(rule.judge(List.of(), lineOf(2))).isEqualTo(Verdict.UNSHOWN);
    }

    @Test
    void removesALineWhosePartsWereNotRead() {
        // Tesseract read only the first two words of a four-word line: the rest may be a name.
        assertThat(rule.judge(words(91, "85", "kVp"), lineOf(4))).isEqualTo(Verdict.UNSHOWN);
        // A wide gap between two words read could hold a third.
        List<WordBox> gap = List.of(new WordBox(0, new Rectangle(10, 10, 50, 20), "SERIES", 91, 1),
                new WordBox(0, new Rectangle(130, 10, 20, 20), "3", 91, 1));
        assertThat(rule.judge(gap, new Rectangle(6, 6, 148, 28))).isEqualTo(Verdict.UNSHOWN);
    }

    @Test
    void removesNumbersInARowThatMayBeAnIdReadInPieces() {
        assertThat(rule.judge(words(91, "483", "920", "1"), lineOf(3))).isNotEqualTo(Verdict.HARMLESS);
        assertThat(rule.judge(words(91, "GAIN", "45", "60"), lineOf(3))).isNotEqualTo(Verdict.HARMLESS);
        assertThat(rule.judge(words(91, "SERIES", "3"), lineOf(2))).isEqualTo(Verdict.HARMLESS);
        assertThat(rule.judge(words(91, "IMG", "5127"), lineOf(2))).isEqualTo(Verdict.UNSHOWN);
    }

    @Test
    void removesARotatedLineTesseractReadsAcross() {
        assertThat(rule.judge(words(91, "AP"), new Rectangle(6, 6, 28, 120))).isEqualTo(Verdict.UNSHOWN);
    }
}
