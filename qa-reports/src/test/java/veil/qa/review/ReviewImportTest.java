package veil.qa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.qa.manifest.ManifestException;

class ReviewImportTest {
    @TempDir Path dir;

    static String rows(String label, String value, String split, int size, int correct, int wrong, int unsure, int start) {
        StringBuilder sb = new StringBuilder();
        int id = start;
        for (int i = 0; i < correct; i++) sb.append(row(id++, label, value, split, size, "correct"));
        for (int i = 0; i < wrong; i++) sb.append(row(id++, label, value, split, size, "wrong"));
        for (int i = 0; i < unsure; i++) sb.append(row(id++, label, value, split, size, "unsure"));
        return sb.toString();
    }

    static String row(int id, String label, String value, String split, int size, String verdict) {
        return String.format("S%06d,nih,%s,%s,%s,%d,img%d.png,p%d,p%d/1,%s,,reader,\n", id, label, value, split, size, id, id, id, verdict);
    }

    static final String HEADER = "sample_id,labeller,label,value,split,stratum_size,image,patient,study,verdict,corrected_value,reviewer,notes\n";

    @Test
    void errorRateWithWilsonIntervalAndEstimatedWrongLabels() throws Exception {
        Path csv = dir.resolve("verdicts.csv");
        // Effusion positives: 8 correct, 2 wrong, 1 unsure in a stratum of 1000 images;
        // Effusion negatives: 19 correct, 1 wrong in a stratum of 9000 images; one row not reviewed yet.
        Files.writeString(csv, HEADER + rows("Effusion", "positive", "test", 1000, 8, 2, 1, 1)
                + rows("Effusion", "negative", "test", 9000, 19, 1, 0, 100)
                + "S000999,nih,Effusion,positive,test,1000,img999.png,p,p/1,,,,\n");
        VerdictsCsv.Result read = VerdictsCsv.read(csv);
        assertThat(read.rows()).hasSize(31);
        assertThat(read.pending()).isEqualTo(1);
        Path db = dir.resolve("review.sqlite");
        try (ReviewStore store = ReviewStore.open(db)) {
            store.importVerdicts(read.rows(), "verdicts.csv");
            store.importVerdicts(read.rows(), "verdicts.csv");   // importing again replaces, never doubles
            assertThat(store.count()).isEqualTo(31);
            ReviewSummary s = ErrorRates.compute(store.all(), "review.sqlite", null);
            ReviewSummary.LabelReview e = s.labels().get("Effusion");
            assertThat(e.reviewed()).isEqualTo(30);
            assertThat(e.wrong()).isEqualTo(3);
            assertThat(e.unsure()).isEqualTo(1);
            assertThat(e.errorRate()).isEqualTo(0.1);
            // Wilson 95% for 3/30: 0.0346 to 0.2562
            assertThat(e.ciLow()).isCloseTo(0.0346, within(1e-4));
            assertThat(e.ciHigh()).isCloseTo(0.2562, within(1e-4));
            ReviewSummary.StratumReview pos = e.strata().stream().filter(x -> x.value().equals("positive")).findFirst().orElseThrow();
            assertThat(pos.reviewed()).isEqualTo(10);
            assertThat(pos.wrong()).isEqualTo(2);
            // Wilson 95% for 2/10: 0.0567 to 0.5098
            assertThat(pos.ciLow()).isCloseTo(0.0567, within(1e-4));
            assertThat(pos.ciHigh()).isCloseTo(0.5098, within(1e-4));
            assertThat(pos.estimatedWrong()).isCloseTo(200, within(1e-9));
            // dataset estimate: 0.2 x 1000 + 0.05 x 9000 = 650 of 10000
            assertThat(e.population()).isEqualTo(10000);
            assertThat(e.estimatedWrong()).isCloseTo(650, within(1e-9));
            assertThat(e.weightedErrorRate()).isCloseTo(0.065, within(1e-12));
            assertThat(e.estimatedWrongLow()).isCloseTo(pos.ciLow() * 1000 + 0.008881 * 9000, within(0.01));
            assertThat(e.estimatedWrongLow()).isLessThan(650);
            assertThat(e.estimatedWrongHigh()).isGreaterThan(650);
            assertThat(s.reviewers()).isEqualTo(1);
        }
    }

    @Test
    void severalReviewersOfOneItemCountOnce() {
        var a = new VerdictRow("S1", "nih", "Mass", "positive", "test", "i1", 50, Verdict.WRONG, "", "r1", "");
        var b = new VerdictRow("S1", "nih", "Mass", "positive", "test", "i1", 50, Verdict.WRONG, "", "r2", "");
        var c = new VerdictRow("S2", "nih", "Mass", "positive", "test", "i2", 50, Verdict.WRONG, "", "r1", "");
        var d = new VerdictRow("S2", "nih", "Mass", "positive", "test", "i2", 50, Verdict.CORRECT, "", "r2", "");
        ReviewSummary s = ErrorRates.compute(java.util.List.of(a, b, c, d), "x", null);
        ReviewSummary.LabelReview m = s.labels().get("Mass");
        assertThat(m.reviewed()).isEqualTo(1);
        assertThat(m.wrong()).isEqualTo(1);
        assertThat(m.unsure()).isEqualTo(1);
        assertThat(s.reviewers()).isEqualTo(2);
    }

    @Test
    void missingColumnsAndBadVerdictsAreClear() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "image,label\nimg1.png,Effusion\n");
        assertThatThrownBy(() -> VerdictsCsv.read(csv)).isInstanceOf(ManifestException.class)
                .hasMessageContaining("missing required columns value, verdict");
        Files.writeString(csv, "label,value,verdict\nEffusion,positive,maybe\n");
        assertThatThrownBy(() -> VerdictsCsv.read(csv)).isInstanceOf(ManifestException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'maybe'");
    }
}
