package veil.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.display.SourceImage;
import java.awt.Rectangle;
import java.awt.image.Raster;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.redact.Blackout;

/**
 * JPEG 2000 (jai-imageio-jpeg2000) and JPEG-LS (CharLS) pixel data decode to exactly the values they were encoded
 * from, and a blackout of such an instance is written uncompressed with a note saying so.
 */
class CompressedPixelsTest {

    @ParameterizedTest(name = "{0} decodes to the values of {1}")
    @CsvSource({"grey12-j2k, grey12", "grey16-j2k, grey16", "rgb8-j2k, rgb8",
                "grey12-jls, grey12", "grey16-jls, grey16", "grey8-jls, grey8", "rgb8-jls, rgb8"})
    void losslessStreamsDecodeToTheirSourceValuesInEveryFrame(String encoded, String source) throws Exception {
        SourceImage enc = new SourceImage(read(encoded)), src = new SourceImage(read(source));
        assertThat(enc.getNumberOfFrames()).isEqualTo(src.getNumberOfFrames());
        for (int f = 0; f < src.getNumberOfFrames(); f++) {
            assertThat(samples(enc, f)).as("frame %d", f).containsExactly(samples(src, f));
        }
    }

    @ParameterizedTest(name = "{0}: blackout is written Explicit VR Little Endian with a note")
    @CsvSource({"grey16-j2k, grey16", "grey12-jls, grey12", "rgb8-jls, rgb8"})
    void blackoutOfACompressedInstanceIsWrittenUncompressedWithANote(String encoded, String source) throws Exception {
        AttributeList list = read(encoded);
        assertThat(DecodedFrames.of(list).count()).isPositive();

        Blackout.Redaction r = Blackout.apply(list, List.of(new Rectangle(10, 8, 31, 9)));

        assertThat(r.transferSyntaxUid()).isEqualTo(TransferSyntax.ExplicitVRLittleEndian);
        assertThat(r.notes()).anyMatch(n -> n.startsWith("decoded ") && n.contains("written Explicit VR Little Endian"));
        SourceImage out = new SourceImage(r.list()), src = new SourceImage(read(source));
        int[] after = samples(out, 0), before = samples(src, 0);
        int spp = out.getBufferedImage(0).getRaster().getNumBands(), w = out.getWidth();
        for (int i = 0; i < before.length; i++) {
            int x = (i / spp) % w, y = (i / spp) / w;
            boolean inside = x >= 10 && x < 41 && y >= 8 && y < 17;
            if (!inside) assertThat(after[i]).as("sample %d outside the box", i).isEqualTo(before[i]);
            else assertThat(after[i]).as("sample %d inside the box", i).isEqualTo(r.fill());
        }
    }

    @Test
    void twelveBitExtendedJpegDecodesWithinOneStepOfDcmtksDecoder() throws Exception {
        AttributeList list = read("grey12-jpeg12");
        AttributeList decoded = ExtendedJpeg.decoded(list).orElseThrow();
        SourceImage ours = new SourceImage(decoded), dcmtk = new SourceImage(read("grey12-jpeg12-ref"));
        assertThat(ours.getNumberOfFrames()).isEqualTo(2);
        for (int f = 0; f < 2; f++) {
            int[] a = samples(ours, f), b = samples(dcmtk, f);
            assertThat(a).hasSameSizeAs(b);
            // IJG's integer IDCT and this decoder's floating-point one may round differently by one step
            for (int i = 0; i < a.length; i++) assertThat(Math.abs(a[i] - b[i])).as("frame %d sample %d", f, i).isLessThanOrEqualTo(1);
        }
        assertThat(decoded.get(TagFromName.TransferSyntaxUID).getSingleStringValueOrEmptyString())
                .isEqualTo(TransferSyntax.ExplicitVRLittleEndian);
        assertThat(decoded.get(TagFromName.LossyImageCompression).getSingleStringValueOrEmptyString()).isEqualTo("01");
    }

    @Test
    void onlyTwelveBitExtendedJpegTakesTheOwnDecoder() throws Exception {
        assertThat(ExtendedJpeg.applies(read("grey12-jpeg12"))).isTrue();
        assertThat(ExtendedJpeg.applies(read("grey12-jls"))).isFalse();
        assertThat(ExtendedJpeg.decoded(read("grey12"))).isEmpty();
    }

    @Test
    void aTruncatedTwelveBitStreamFailsClosedNamingItsTransferSyntax() throws Exception {
        AttributeList list = read("grey12-jpeg12");
        var pd = (com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames) list.get(TagFromName.PixelData);
        byte[][] frames = pd.getFrames();
        frames[0] = java.util.Arrays.copyOf(frames[0], 40);
        list.put(new com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames(TagFromName.PixelData, frames));
        try (veil.ocr.OcrPixelCleaner cleaner = new veil.ocr.OcrPixelCleaner()) {
            var out = cleaner.clean(list, veil.rules.PixelPolicy.defaults());
            assertThat(out).isInstanceOfSatisfying(veil.deid.pixels.PixelOutcome.Failed.class,
                    f -> assertThat(f.reason()).contains("1.2.840.10008.1.2.4.51"));
        }
    }

    private static int[] samples(SourceImage img, int frame) {
        Raster r = img.getBufferedImage(frame).getRaster();
        return r.getPixels(0, 0, r.getWidth(), r.getHeight(), (int[]) null);
    }

    private static AttributeList read(String name) throws Exception {
        File f = new File(CompressedPixelsTest.class.getResource("/veil/ocr/decode/" + name + ".dcm").toURI());
        AttributeList l = new AttributeList();
        l.setDecompressPixelData(false);   // as InstanceReader reads: decoding happens where pixels are needed
        l.read(f);
        assertThat(l.get(TagFromName.PixelData)).isNotNull();
        return l;
    }
}
