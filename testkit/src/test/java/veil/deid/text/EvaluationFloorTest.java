package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import veil.testkit.text.Evaluation;
import veil.testkit.text.ReportGenerator;
import veil.testkit.text.SyntheticReport;

/** A small run of the evaluation harness (the full one: benchmarks, TextEvalMain). */
class EvaluationFloorTest {
    @Test
    void recallAndPrecisionStayAboveTheFloor() {
        List<SyntheticReport> reports = new ReportGenerator(11L).generate(150);
        Evaluation.Result r = Evaluation.run(PhiScanner.shared(), reports);
        assertThat(r.overall().recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.byType().get(PhiType.NAME).recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.byType().get(PhiType.DATE).recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.byType().get(PhiType.ID).recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.overall().precision()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void generatorIsReproducibleAndItsGoldSpansPointAtText() {
        SyntheticReport a = new ReportGenerator(5L).next(), b = new ReportGenerator(5L).next();
        assertThat(a).isEqualTo(b);
        assertThat(a.gold()).isNotEmpty().allSatisfy(g -> assertThat(a.text().substring(g.start(), g.end())).isNotBlank());
    }
}
