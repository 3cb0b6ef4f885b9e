package veil.deid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import veil.testkit.text.Evaluation;
import veil.testkit.text.GoldSpan;
import veil.testkit.text.SyntheticReport;
import veil.testkit.text.independent.Casing;
import veil.testkit.text.independent.IndependentGenerator;
import veil.testkit.text.independent.IndependentNote;

/** A small run on the independent notes (the full one: ./veil bench text), per casing, and the clean notes. */
class IndependentFloorTest {
    private final List<IndependentNote> notes = new IndependentGenerator(21L).generate(120);

    @Test
    void recallOfNamesDatesAndIdsStaysAboveTheFloorInEveryCasing() {
        Map<Casing, List<SyntheticReport>> by = notes.stream()
                .collect(Collectors.groupingBy(IndependentNote::casing, Collectors.mapping(IndependentNote::report, Collectors.toList())));
        assertThat(by.keySet()).containsExactlyInAnyOrder(Casing.values());
        by.forEach((casing, reports) -> {
            Evaluation.Result r = Evaluation.run(PhiScanner.shared(), reports);
            assertThat(r.overall().recall()).as("%s overall", casing).isGreaterThanOrEqualTo(0.95);
            for (PhiType t : List.of(PhiType.NAME, PhiType.DATE, PhiType.ID)) {
                assertThat(r.byType().get(t).recall()).as("%s %s", casing, t).isGreaterThanOrEqualTo(0.97);
            }
        });
    }

    @Test
    void tokenPrecisionOnCapitalTelegraphicNotesStaysAboveTheFloor() {
        List<SyntheticReport> caps = notes.stream().filter(IndependentNote::isCapitalTelegraphic).map(IndependentNote::report).toList();
        assertThat(caps).isNotEmpty();
        assertThat(Evaluation.run(PhiScanner.shared(), caps).overall().precision()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void cleanNotesAreRarelyFlagged() {
        List<IndependentNote> clean = new IndependentGenerator(22L).clean(90);
        long flags = clean.stream().mapToLong(n -> PhiScanner.shared().scan(n.report().text()).size()).sum();
        assertThat(flags * 100.0 / clean.size()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void notesAreReproducibleAndGoldSpansPointAtText() {
        IndependentNote a = new IndependentGenerator(5L).generate(3).get(2), b = new IndependentGenerator(5L).generate(3).get(2);
        assertThat(a).isEqualTo(b);
        for (GoldSpan g : a.report().gold()) assertThat(a.report().text().substring(g.start(), g.end())).isNotBlank();
    }
}
