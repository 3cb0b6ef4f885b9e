package veil.ocr.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.awt.Rectangle;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;
import veil.testkit.pixels.Background;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.StoredPixels;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthImage;
import veil.testkit.pixels.SynthSpec;
import veil.testkit.pixels.TextShade;

class BlackoutTest {

    @Test
    void monochrome1IsFilledWithTheHighestValueAndTheOriginalIsUntouched() throws Exception {
        SynthImage img = ChestSynth.blank(new SynthSpec(256, 12, true, 12, "SansSerif", TextShade.WHITE, Background.PLAIN, 3));
        AttributeList list = SynthDicom.grey(img, "CR");
        int[] before = StoredPixels.of(list.get(TagFromName.PixelData), img.stored().length);

        Blackout.Redaction r = Blackout.apply(list, List.of(new Rectangle(10, 20, 30, 5)));

        int[] after = StoredPixels.of(r.pixelData(), before.length);
        assertThat(after[22 * 256 + 15]).isEqualTo(4095);
        assertThat(after[100 * 256 + 100]).isEqualTo(before[100 * 256 + 100]);
        assertThat(StoredPixels.of(list.get(TagFromName.PixelData), before.length)).isEqualTo(before);
        assertThat(r.transferSyntaxUid()).isEqualTo(TransferSyntax.ExplicitVRLittleEndian);
    }

    @Test
    void compressedInputIsDecodedAndWrittenLosslessWithANote() throws Exception {
        AttributeList list = new AttributeList();
        list.read(new File("../deid/src/test/resources/corpus/test_files/SC_rgb_rle.dcm"));

        Blackout.Redaction r = Blackout.apply(list, List.of(new Rectangle(0, 0, 10, 10)));

        assertThat(r.transferSyntaxUid()).isEqualTo(TransferSyntax.ExplicitVRLittleEndian);
        assertThat(r.notes()).anyMatch(n -> n.contains("RLE") && n.contains("Explicit VR Little Endian"));
        byte[] rgb = r.pixelData().getByteValues();
        assertThat(new byte[]{rgb[0], rgb[1], rgb[2]}).containsOnly(0);
        assertThat(r.pixelModule().get(TagFromName.PhotometricInterpretation)).isNotNull();
    }

    @Test
    void everyFrameOfAMultiFrameRgbInstanceIsBlackedOut() throws Exception {
        int w = 64, h = 48, frames = 3;
        byte[] rgb = new byte[w * h * 3 * frames];
        java.util.Arrays.fill(rgb, (byte) 200);
        AttributeList list = SynthDicom.rgb(veil.testkit.pixels.SynthPatient.random(new java.util.Random(1)), "US", w, h, rgb, frames);

        Blackout.Redaction r = Blackout.apply(list, List.of(new Rectangle(5, 5, 10, 10)));

        byte[] after = r.pixelData().getByteValues();
        for (int f = 0; f < frames; f++) {
            int inside = f * w * h * 3 + (7 * w + 7) * 3, outside = f * w * h * 3 + (30 * w + 30) * 3;
            assertThat(after[inside]).as("frame " + f).isEqualTo((byte) 0);
            assertThat(after[outside]).as("frame " + f).isEqualTo((byte) 200);
        }
    }

    @Test
    void signedMonochrome2IsFilledWithTheLowestValue() throws Exception {
        AttributeList list = new AttributeList();
        list.read(new File("../deid/src/test/resources/corpus/test_files/MR_small.dcm"));
        Blackout.Redaction r = Blackout.apply(list, List.of(new Rectangle(0, 0, 4, 4)));
        assertThat(r.fill()).isEqualTo(-32768);
        assertThat(r.pixelData().getShortValues()[0]).isEqualTo((short) -32768);
    }
}
