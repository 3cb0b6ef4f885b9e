package veil.ocr.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import veil.testkit.pixels.Background;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthImage;
import veil.testkit.pixels.SynthSpec;
import veil.testkit.pixels.TextShade;
import veil.testkit.pixels.TruthBox;

class TextRegionsTest {

    @Test
    void aNoisyChestWithoutTextHasNoCandidateRegions() {
        SynthImage img = ChestSynth.blank(new SynthSpec(1024, 12, false, 16, "SansSerif", TextShade.WHITE, Background.NOISY, 5));
        Gray8 g = FrameRenderer.fromValues(img.stored(), img.width(), img.height(), false);
        assertThat(TextRegions.find(g)).isEmpty();
    }

    @Test
    void everyBurnedInTokenLiesInACandidateRegionThatIsASmallPartOfTheImage() {
        SynthImage img = ChestSynth.generate(new SynthSpec(1024, 12, true, 14, "Serif", TextShade.GREY, Background.GRADIENT, 6));
        Gray8 g = FrameRenderer.fromValues(img.stored(), img.width(), img.height(), true);
        var regions = TextRegions.find(g);
        for (TruthBox t : img.truth()) {
            assertThat(regions).as(t.text()).anyMatch(r -> r.bounds().contains(t.box()));
        }
        long area = regions.stream().mapToLong(r -> (long) r.bounds().width * r.bounds().height).sum();
        assertThat(area).isLessThan(1024L * 1024 / 10);
    }
}
