package veil.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import veil.deid.pixels.PixelOutcome;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.independent.Backdrop;
import veil.testkit.pixels.independent.Format;
import veil.testkit.pixels.independent.IndependentEvaluation;
import veil.testkit.pixels.independent.IndependentGenerator;
import veil.testkit.pixels.independent.IndependentImage;
import veil.testkit.pixels.independent.Kind;
import veil.testkit.pixels.independent.SceneSpec;
import veil.testkit.pixels.independent.Style;
import veil.testkit.pixels.score.BoxTruth;
import veil.testkit.pixels.score.ImageResult;
import veil.testkit.pixels.score.Judge;

/**
 * The false alarms issue 8's independent set showed (CT slices and colour fusions quarantined as text) and the
 * fail-closed rule for text the first read misses. Seeds differ from every benchmark seed.
 */
class FalseAlarmsAndMissesTest {

    private static final OcrPixelCleaner CLEANER = new OcrPixelCleaner();
    private static final IndependentGenerator GEN = new IndependentGenerator();
    private static final PixelPolicy ALL = PixelPolicy.defaults();

    @AfterAll
    static void close() {
        CLEANER.close();
    }

    private static SceneSpec free(String id, long seed, Format f, Backdrop b) {
        return new SceneSpec(id, seed, f, b, null, 0, SceneSpec.Banner.NONE, false);
    }

    @Test
    void aTextFreeCtSliceComesBackNoText() throws Exception {
        IndependentImage ct = GEN.generate(free("t-ct", 4242L, new Format("CT", 512, 512, 12, "MONOCHROME2", 1), Backdrop.CT_SLICE));
        assertThat(CLEANER.clean(ct.dicom(), ALL)).isInstanceOf(PixelOutcome.NoText.class);
    }

    @Test
    void aTextFreeColourFusionComesBackNoText() throws Exception {
        IndependentImage pet = GEN.generate(free("t-pet", 4243L, new Format("CT", 512, 512, 8, "RGB", 1), Backdrop.PET_CT));
        assertThat(CLEANER.clean(pet.dicom(), ALL)).isInstanceOf(PixelOutcome.NoText.class);
    }

    @Test
    void aLowContrastNameOnAChestIsHiddenAndReleased() throws Exception {
        Format f = new Format("CR", 1024, 1024, 8, "MONOCHROME2", 1);
        IndependentImage img = GEN.generate(new SceneSpec("t-low", 4244L, f, Backdrop.CHEST, Style.LOW_CONTRAST, 20,
                SceneSpec.Banner.NONE, false));
        PixelOutcome out = CLEANER.clean(img.dicom(), ALL);
        assertThat(out).isInstanceOf(PixelOutcome.Redacted.class);
        ImageResult r = score(img, f, out);
        assertThat(r.boxes()).filteredOn(b -> b.truth().phi() && img.truth().stream()
                .anyMatch(t -> t.kind() == Kind.NAME && t.box().equals(b.truth().box()))).isNotEmpty()
                .allSatisfy(b -> assertThat(b.hidden()).as("name box hidden").isTrue());
    }

    @Test
    void textTheFirstReadMissedIsNeverReleasedUnredacted() throws Exception {
        Format f = new Format("CR", 1024, 1024, 8, "MONOCHROME2", 1);
        IndependentImage img = GEN.generate(new SceneSpec("t-miss", 4245L, f, Backdrop.CHEST, Style.BRIGHT, 24,
                SceneSpec.Banner.NONE, false));
        try (OcrPixelCleaner blind = new OcrPixelCleaner()) {
            blind.firstReadFilter = lines -> List.of();   // a first read that found nothing
            for (PixelPolicy.Mode mode : PixelPolicy.Mode.values()) {
                PixelOutcome out = blind.clean(img.dicom(), new PixelPolicy(mode, PixelPolicy.DEFAULT_ALLOW_LIST, List.of()));
                assertThat(out).as(mode + ": the independent check saw the text").isNotInstanceOf(PixelOutcome.NoText.class);
                if (out instanceof PixelOutcome.Redacted red) {
                    assertThat(red.screening().verifierFound()).isPositive();
                    if (mode == PixelPolicy.Mode.ALL) {
                        ImageResult r = score(img, f, out);
                        assertThat(r.boxes()).filteredOn(b -> b.truth().phi() && b.truth().textPx() >= 12)
                                .allSatisfy(b -> assertThat(b.hidden()).isTrue());
                    }
                }
            }
        }
    }

    private static ImageResult score(IndependentImage img, Format f, PixelOutcome out) throws Exception {
        List<BoxTruth> truth = img.truth().stream().map(t -> new BoxTruth(t.box(), t.phi(), t.kind() == Kind.MARKER,
                t.textPx(), t.firstFrame(), t.lastFrame())).toList();
        return Judge.score(IndependentEvaluation.facets(img.spec()), false, img.stored(), f.width(), f.height(),
                f.samples(), 0, truth, out, 0);
    }
}
