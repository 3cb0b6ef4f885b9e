package veil.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import veil.deid.pixels.PixelOutcome;
import veil.testkit.pixels.Background;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.RedactionScore;
import veil.testkit.pixels.StoredPixels;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthImage;
import veil.testkit.pixels.SynthSpec;
import veil.testkit.pixels.TextShade;
import veil.rules.PixelPolicy;

class OcrPixelCleanerTest {

    private static final OcrPixelCleaner CLEANER = new OcrPixelCleaner();

    @AfterAll
    static void close() {
        CLEANER.close();
    }

    @Test
    void allModeBlacksOutEveryTokenButTheAllowListAndVerifies() throws Exception {
        SynthImage img = ChestSynth.generate(new SynthSpec(1024, 12, false, 20, "SansSerif", TextShade.WHITE, Background.GRADIENT, 11));
        RedactionScore.ImageScore score = cleanAndScore(img, PixelPolicy.defaults());

        assertThat(score.tokens().stream().filter(t -> !t.truth().allowMarker()))
                .allMatch(RedactionScore.TokenResult::redacted);
        assertThat(score.tokens().stream().filter(t -> t.truth().allowMarker()))
                .noneMatch(RedactionScore.TokenResult::redacted);
        assertThat(score.outsideShare()).isLessThan(0.01);
    }

    @Test
    void phiModeRemovesEveryLineHoldingTheInstancesIdentifiers() throws Exception {
        SynthImage img = ChestSynth.generate(new SynthSpec(1024, 16, true, 24, "Monospaced", TextShade.GREY, Background.NOISY, 12));
        RedactionScore.ImageScore score = cleanAndScore(img,
                new PixelPolicy(PixelPolicy.Mode.PHI, PixelPolicy.DEFAULT_ALLOW_LIST, List.of()));

        long phi = score.tokens().stream().filter(t -> t.truth().phi()).count();
        long removed = score.tokens().stream().filter(t -> t.truth().phi() && t.redacted()).count();
        // A line goes whole unless every word read in it is harmless: labels beside identifiers go with them.
        assertThat(removed).isGreaterThanOrEqualTo(phi - 1);
    }

    @Test
    void anImageWithoutTextIsReportedCleanAndLeftAlone() throws Exception {
        SynthImage img = ChestSynth.blank(new SynthSpec(1024, 12, false, 16, "SansSerif", TextShade.WHITE, Background.NOISY, 13));
        PixelOutcome out = CLEANER.clean(SynthDicom.grey(img, "DX"), PixelPolicy.defaults());
        assertThat(out).isInstanceOf(PixelOutcome.NoText.class);
    }

    @Test
    void undecodablePixelDataFailsWithAReasonThatNamesNoIdentifier() throws Exception {
        AttributeList list = new AttributeList();
        list.setDecompressPixelData(false);
        list.read(new File("../deid/src/test/resources/corpus/test_files/JPEG2000.dcm"));
        // JPEG 2000 itself is decoded now; High-Throughput JPEG 2000 has no decoder here.
        com.pixelmed.dicom.Attribute ts = new com.pixelmed.dicom.UniqueIdentifierAttribute(TagFromName.TransferSyntaxUID);
        ts.addValue("1.2.840.10008.1.2.4.201");
        list.put(ts);
        PixelOutcome out = CLEANER.clean(list, PixelPolicy.defaults());
        assertThat(out).isInstanceOf(PixelOutcome.Failed.class);
        String reason = ((PixelOutcome.Failed) out).reason();
        assertThat(reason).contains("1.2.840.10008.1.2.4.201");
        String name = list.get(TagFromName.PatientName) == null ? "" : list.get(TagFromName.PatientName).getSingleStringValueOrEmptyString();
        if (!name.isBlank()) assertThat(reason).doesNotContain(name);
    }

    private static RedactionScore.ImageScore cleanAndScore(SynthImage img, PixelPolicy policy) throws Exception {
        PixelOutcome out = CLEANER.clean(SynthDicom.grey(img, "CR"), policy);
        assertThat(out).isInstanceOf(PixelOutcome.Redacted.class);
        int[] after = StoredPixels.of(((PixelOutcome.Redacted) out).pixelData(), img.stored().length);
        return RedactionScore.score(img, after, img.spec().monochrome1() ? img.maxStored() : 0);
    }
}
