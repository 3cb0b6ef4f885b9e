package veil.qa.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fused path (histogram by sample index, lookup table applied row by row while resampling, no
 * float image or transpose) against the path it replaced ({@link ReferenceConversion}), on generated
 * 12-bit images with overlay bits above Bits Stored: the 8-bit result may differ by at most one grey
 * level anywhere (the stated tolerance; the sums are the same, so in practice it is 0), and the
 * grey-level figures must be equal.
 */
class FusedConversionTest {

    static AttributeList image(int w, int h, String photometric, boolean signed, Double center, Double width, long seed) throws Exception {
        AttributeList l = new AttributeList();
        put(l, new CodeStringAttribute(TagFromName.PhotometricInterpretation), photometric);
        for (Object[] t : new Object[][] {{TagFromName.Rows, h}, {TagFromName.Columns, w}, {TagFromName.BitsAllocated, 16},
                {TagFromName.BitsStored, 12}, {TagFromName.HighBit, 11}, {TagFromName.PixelRepresentation, signed ? 1 : 0},
                {TagFromName.SamplesPerPixel, 1}}) {
            UnsignedShortAttribute a = new UnsignedShortAttribute((AttributeTag) t[0]);
            a.addValue((Integer) t[1]);
            l.put(a);
        }
        if (center != null) {
            put(l, new DecimalStringAttribute(TagFromName.WindowCenter), center.toString());
            put(l, new DecimalStringAttribute(TagFromName.WindowWidth), width.toString());
        }
        Random rnd = new Random(seed);
        short[] px = new short[w * h];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                // ramp + a bright disc with a hard edge + noise: smooth regions, edges that ring, every level used
                double v = 4095.0 * x / (w - 1) * 0.6 + 300 * Math.sin(y / 7.0);
                double dx = x - w * 0.6, dy = y - h * 0.4;
                if (dx * dx + dy * dy < (w * 0.2) * (w * 0.2)) v += 1200;
                v += rnd.nextGaussian() * 40;
                int s = (int) Math.max(0, Math.min(4095, Math.round(v)));
                if (signed) s -= 2048;
                // bits above Bits Stored hold an overlay in a few places: they must be ignored
                int overlay = (x % 97 == 0 && y % 5 == 0) ? 0xA000 : 0;
                px[y * w + x] = (short) ((s & 0x0FFF) | overlay);
            }
        OtherWordAttribute pd = new OtherWordAttribute(TagFromName.PixelData);
        pd.setValues(px);
        l.put(pd);
        return l;
    }

    static int maxDiff(byte[] a, byte[] b) {
        int m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] & 0xFF) - (b[i] & 0xFF)));
        return m;
    }

    static void put(AttributeList l, com.pixelmed.dicom.Attribute a, String value) throws Exception {
        a.addValue(value);
        l.put(a);
    }

    @ParameterizedTest(name = "{0}x{1} -> {2}, {3}, signed {4}, window {5}/{6}, equalize {7}")
    @CsvSource({
            "512, 512, 256, MONOCHROME2, false, 2048, 3000, false",   // exact 2:1, windowed
            "512, 512, 256, MONOCHROME1, false, 2048, 3000, false",
            "512, 512, 256, MONOCHROME2, false,     ,     , false",   // no window: min-max
            "512, 512, 256, MONOCHROME1, false,     ,     , false",
            "600, 421, 256, MONOCHROME2, false, 1500, 800,  false",   // scale 2.34, clipping window
            "600, 421, 256, MONOCHROME1, false,     ,     , false",
            "333, 517, 200, MONOCHROME2, true,  0,    2500, false",   // signed, odd sizes, tall
            "512, 512, 256, MONOCHROME1, false,     ,     , true",    // equalised
            "300, 200,   0, MONOCHROME2, false, 2048, 3000, false",   // no resize
    })
    void fusedPathGivesThePreviousPathsImageWithinOneGreyLevel(int w, int h, int size, String pi, boolean signed,
                                                               Double center, Double width, boolean equalize) throws Exception {
        AttributeList list = image(w, h, pi, signed, center, width, 13L * w + h);
        byte[] before = ReferenceConversion.grey(list, equalize, size);
        JpegExport.Image after = JpegExport.pixels(StoredPixels.of(list), list, Orientation.NONE, new JpegExport.Options(size, 0.95f, equalize, 1), JpegExport.Stages.NONE);

        int[] sz = Resampler.targetSize(w, h, size);
        assertThat(after.width()).isEqualTo(sz[0]);
        assertThat(after.height()).isEqualTo(sz[1]);
        assertThat(after.grey()).hasSameSizeAs(before);
        assertThat(maxDiff(before, after.grey())).as("largest difference in grey levels").isLessThanOrEqualTo(1);
        // the plain loops (a JVM without the Vector API) too
        StoredPixels px = StoredPixels.of(list);
        byte[] plain = Resampler.resize(px.samples(), px.mask(), after.g().lut(), w, h, sz[0], sz[1], false);
        assertThat(maxDiff(before, plain)).as("largest difference in grey levels, plain loops").isLessThanOrEqualTo(1);

        ReferenceConversion.OldGreyConverter.Result old = ReferenceConversion.levels(list, equalize);
        GreyConverter.Result now = after.g();
        assertThat(now.levelsBefore()).isEqualTo(old.levelsBefore()).isGreaterThan(256);
        assertThat(now.clippedPixelFraction()).isEqualTo(old.clippedPixelFraction());
        assertThat(now.clippedRangeFraction()).isEqualTo(old.clippedRangeFraction());
        assertThat(now.entropyBefore()).isEqualTo(old.entropyBefore());
        assertThat(now.entropyAfter()).isEqualTo(old.entropyAfter());
        assertThat(now.voi()).isEqualTo(old.voi());
    }
}
