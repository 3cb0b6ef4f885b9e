package veil.qa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewExportTest {
    static ItemVerdict v(String item, String reviewer, String verdict) {
        return new ItemVerdict(ReviewExport.SPOT_CHECK, item, "s", reviewer, verdict, "", "2026-01-01T00:00:00Z");
    }

    @Test
    void kappaOfTwoReviewersOverTheItemsBothJudged() {
        List<ItemVerdict> vs = new ArrayList<>();
        // 10 items both judged: 6 pass/pass, 2 fail/fail, 1 pass/fail, 1 fail/pass -> po 0.8, pe 0.7*0.7+0.3*0.3 = 0.58
        for (int i = 0; i < 6; i++) { vs.add(v("i" + i, "ana", "pass")); vs.add(v("i" + i, "ben", "pass")); }
        for (int i = 6; i < 8; i++) { vs.add(v("i" + i, "ana", "fail")); vs.add(v("i" + i, "ben", "fail")); }
        vs.add(v("i8", "ana", "pass")); vs.add(v("i8", "ben", "fail"));
        vs.add(v("i9", "ana", "fail")); vs.add(v("i9", "ben", "pass"));
        vs.add(v("i10", "ana", "pass")); // only one reviewer: not in the kappa
        ReviewExport e = ReviewExport.of(vs, Map.of(ReviewExport.SPOT_CHECK, 12L));
        ReviewExport.KindSummary s = e.samples().get(0);
        assertThat(s.agreement()).hasSize(1);
        ReviewExport.PairAgreement p = s.agreement().get(0);
        assertThat(p.itemsInCommon()).isEqualTo(10);
        assertThat(p.observed()).isCloseTo(0.8, within(1e-12));
        assertThat(p.kappa()).isCloseTo((0.8 - 0.58) / (1 - 0.58), within(1e-12));
        assertThat(s.reviewers()).extracting(ReviewExport.ReviewerSummary::reviewed).containsExactly(11L, 10L);
        assertThat(s.reviewers().get(0).verdicts()).containsEntry("pass", 8L).containsEntry("fail", 3L);
    }

    @Test
    void anItemFailedByAnyReviewerCountsAsALeakInTheBound() {
        List<ItemVerdict> vs = List.of(v("a", "ana", "pass"), v("a", "ben", "fail"), v("b", "ana", "pass"), v("c", "ben", "pass"));
        ReviewExport.KindSummary s = ReviewExport.of(vs, Map.of(ReviewExport.SPOT_CHECK, 5L)).samples().get(0);
        assertThat(s.reviewedItems()).isEqualTo(3);
        assertThat(s.bound().failed()).isEqualTo(1);
        assertThat(s.bound().reviewed()).isEqualTo(3);
        assertThat(s.boundStatement()).contains("1 fail in 3 reviewed items", "2 of 5 items not reviewed yet");
    }

    @Test
    void labelVerdictsHaveKappaButNoLeakBound() {
        List<ItemVerdict> vs = List.of(new ItemVerdict(ReviewExport.LABEL, "S1", "", "ana", "correct", "", "t"),
                new ItemVerdict(ReviewExport.LABEL, "S1", "", "ben", "unsure", "", "t"));
        ReviewExport.KindSummary s = ReviewExport.of(vs, Map.of()).samples().get(0);
        assertThat(s.kind()).isEqualTo(ReviewExport.LABEL);
        assertThat(s.bound()).isNull();
        assertThat(s.agreement().get(0).itemsInCommon()).isEqualTo(1);
        assertThat(s.reviewers().get(1).verdicts()).containsEntry("unsure", 1L);
    }

    @Test
    void aNoteThatLooksLikeASpreadsheetFormulaIsWrittenInert() {
        org.assertj.core.api.Assertions.assertThat(ReviewExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        org.assertj.core.api.Assertions.assertThat(ReviewExport.cell("-2+3")).isEqualTo("'-2+3");
        org.assertj.core.api.Assertions.assertThat(ReviewExport.cell("box 3 still shows a date")).isEqualTo("box 3 still shows a date");
    }
}
