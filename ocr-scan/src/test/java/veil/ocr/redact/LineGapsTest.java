package veil.ocr.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineGapsTest {

    @Test
    void piecesOfOneLineAreJoinedAcrossThePunctuationBetweenThem() {
        Rectangle year = new Rectangle(100, 50, 40, 14), month = new Rectangle(148, 51, 20, 13);
        assertThat(LineGaps.between(List.of(year, month), List.of()))
                .containsExactly(new Rectangle(140, 51, 8, 13));
    }

    @Test
    void aSingleGlyphPieceIsJoinedToo() {
        Rectangle year = new Rectangle(337, 483, 35, 12), one = new Rectangle(380, 483, 9, 12);
        assertThat(LineGaps.between(List.of(year, one), List.of())).containsExactly(new Rectangle(372, 483, 8, 12));
    }

    @Test
    void distantBoxesOtherBandsAndKeptLinesAreLeftApart() {
        Rectangle a = new Rectangle(100, 50, 40, 14);
        assertThat(LineGaps.between(List.of(a, new Rectangle(170, 50, 40, 14)), List.of())).isEmpty();   // a word space and more
        assertThat(LineGaps.between(List.of(a, new Rectangle(146, 62, 40, 14)), List.of())).isEmpty();   // the next line down
        Rectangle marker = new Rectangle(141, 52, 4, 10);
        assertThat(LineGaps.between(List.of(a, new Rectangle(148, 50, 40, 14)), List.of(marker))).isEmpty();
    }

    @Test
    void linesRotatedAlongTheTwoEdgesAreNotBridgedAcrossTheImage() {
        // A 512² CT with text up both side edges: the "gap" between the two is the body (seed 20261225, ind-62).
        Rectangle left = new Rectangle(12, 38, 28, 442), right = new Rectangle(472, 33, 28, 437);
        assertThat(LineGaps.between(List.of(left, right), List.of())).isEmpty();
    }

    @Test
    void aGapBetweenTwoConfirmedPiecesCountsAsTheirLine() {
        Rectangle gap = new Rectangle(140, 51, 8, 13);
        List<Rectangle> confirmed = List.of(new Rectangle(100, 50, 40, 14), new Rectangle(148, 51, 20, 13));
        assertThat(LineGaps.flankedBy(gap, confirmed)).isTrue();
        assertThat(LineGaps.flankedBy(gap, confirmed.subList(0, 1))).isFalse();
    }
}
