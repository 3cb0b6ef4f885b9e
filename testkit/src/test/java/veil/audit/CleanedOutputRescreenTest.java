package veil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import veil.audit.finding.Kind;
import veil.audit.pixels.PixelAudit;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.rules.PixelPolicy;
import veil.testkit.pixels.Background;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthImage;
import veil.testkit.pixels.SynthSpec;
import veil.testkit.pixels.TextShade;

/**
 * The release audit re-screens Veil's own cleaned output: the blackout bars it finds there are no text, so a cleaned
 * image gives no pixel finding, while the same image uncleaned does.
 */
class CleanedOutputRescreenTest {

    private static final OcrPixelCleaner CLEANER = new OcrPixelCleaner();
    private static final PixelAudit AUDIT = new PixelAudit(PixelPolicy.defaults());

    @AfterAll
    static void close() {
        CLEANER.close();
        AUDIT.close();
    }

    @Test
    void aCleanedImageGivesNoPixelFindingWhileTheUncleanedOneDoes() throws Exception {
        SynthImage img = ChestSynth.generate(new SynthSpec(1024, 12, false, 20, "SansSerif", TextShade.WHITE, Background.GRADIENT, 11));
        AttributeList original = SynthDicom.grey(img, "CR");
        assertThat(AUDIT.screen(original, "before.dcm").findings()).filteredOn(f -> f.kind() == Kind.PIXEL).isNotEmpty();

        PixelOutcome out = CLEANER.clean(original, PixelPolicy.defaults());
        assertThat(out).isInstanceOf(PixelOutcome.Redacted.class);
        AttributeList cleaned = written((PixelOutcome.Redacted) out, original);
        assertThat(AUDIT.screen(cleaned, "after.dcm").findings()).filteredOn(f -> f.kind() == Kind.PIXEL).isEmpty();
    }

    /** The instance as the writer stores it: the redacted pixel module over the original header. */
    private static AttributeList written(PixelOutcome.Redacted r, AttributeList original) throws Exception {
        AttributeList l = new AttributeList();
        l.putAll(original);
        if (r.pixelModule() != null) l.putAll(r.pixelModule());
        l.put(r.pixelData());
        UniqueIdentifierAttribute ts = new UniqueIdentifierAttribute(TagFromName.TransferSyntaxUID);
        ts.addValue(r.transferSyntaxUid());
        l.put(ts);
        return l;
    }
}
