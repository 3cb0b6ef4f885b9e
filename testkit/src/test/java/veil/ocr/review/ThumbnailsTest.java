package veil.ocr.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.testkit.pixels.Background;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthSpec;
import veil.testkit.pixels.TextShade;
import veil.rules.PixelPolicy;

class ThumbnailsTest {

    @TempDir
    Path dir;

    @Test
    void aRedactedInstanceGetsBeforeAndAfterPngsNamedWithoutItsUid() throws Exception {
        AttributeList list = SynthDicom.grey(ChestSynth.generate(
                new SynthSpec(1024, 8, false, 20, "SansSerif", TextShade.WHITE, Background.PLAIN, 51)), "DX");
        String uid = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID);
        try (OcrPixelCleaner cleaner = new OcrPixelCleaner(new Thumbnails(dir, 256))) {
            assertThat(cleaner.clean(list, PixelPolicy.defaults())).isInstanceOf(PixelOutcome.Redacted.class);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(Thumbnails.nameFor(uid) + "-before.png", Thumbnails.nameFor(uid) + "-after.png")
                    .noneMatch(n -> n.contains(uid));
        }
    }
}
