package veil.testkit.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;

/** A tiny run of the accuracy harness (the full one is veil.bench.ocr.OcrAccuracy): a floor, not the goal. */
class AccuracyFloorTest {

    @Test
    void allModeRedactsNearlyEveryTokenOfMidSizedTextAndLittleElse() throws Exception {
        List<SynthSpec> specs = List.of(
                new SynthSpec(1024, 8, false, 16, "SansSerif", TextShade.WHITE, Background.NOISY, 41),
                new SynthSpec(1024, 12, true, 20, "Serif", TextShade.GREY, Background.GRADIENT, 42),
                new SynthSpec(1024, 16, false, 14, "Monospaced", TextShade.BLACK, Background.PLAIN, 43));
        try (OcrPixelCleaner cleaner = new OcrPixelCleaner()) {
            List<AccuracyHarness.Run> runs = AccuracyHarness.run(specs, PixelPolicy.Mode.ALL, cleaner);
            assertThat(AccuracyHarness.recall(runs, PixelPolicy.Mode.ALL, 12)).isGreaterThanOrEqualTo(0.95);
            assertThat(runs).allSatisfy(r -> assertThat(r.score().outsideShare()).isLessThan(0.015));
        }
    }

    @Test
    void aTokenCountsAsRedactedOnlyWhenNearlyAllItsGlyphPixelsChanged() {
        SynthImage img = ChestSynth.generate(new SynthSpec(512, 8, false, 20, "SansSerif", TextShade.WHITE, Background.PLAIN, 44));
        int[] after = img.stored().clone();
        TruthBox first = img.truth().get(0);
        int[] px = first.textPixels();
        for (int i = 0; i < px.length * 9 / 10; i++) after[px[i]] = 0;

        RedactionScore.ImageScore score = RedactionScore.score(img, after, 0);

        assertThat(score.tokens().get(0).redacted()).isFalse();
        for (int p : px) after[p] = 0;
        assertThat(RedactionScore.score(img, after, 0).tokens().get(0).redacted()).isTrue();
    }
}
