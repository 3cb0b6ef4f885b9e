package veil.ocr.detect;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.display.SourceImage;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;

/** An instance's decoded frames, rendered one at a time to 8-bit grey for reading. */
public final class DecodedFrames {

    private final SourceImage image;
    private final boolean monochrome1;
    private final int signedBits;
    private final boolean fillBarsNeutralised;

    private DecodedFrames(SourceImage image, boolean monochrome1, int signedBits, boolean fillBarsNeutralised) {
        this.image = image;
        this.monochrome1 = monochrome1;
        this.signedBits = signedBits;
        this.fillBarsNeutralised = fillBarsNeutralised;
    }

    /**
     * The same frames as rendered for reading with blackout bars ({@link FillBars}) painted the grey round them, so
     * an earlier blackout's edges are not read as text. The fill value is the extreme stored value, which the min/max
     * rendering turns into grey 0 (displayed black). For reading only: never write what this renders.
     */
    public DecodedFrames withFill() {
        return new DecodedFrames(image, monochrome1, signedBits, true);
    }

    /** @throws DicomException when PixelMed cannot decode this pixel data (e.g. JPEG 2000, JPEG-LS) */
    public static DecodedFrames of(AttributeList list) throws DicomException {
        String pi = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PhotometricInterpretation).trim();
        boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
        int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, 8);
        SourceImage image = new SourceImage(list);
        if (!image.isImage() || image.getNumberOfFrames() < 1) throw new DicomException("no decodable frames");
        try {
            if (image.getBufferedImage(0) == null) throw new DicomException("first frame could not be decoded");
        } catch (RuntimeException e) {
            // PixelMed decodes lazily and reports an unsupported codec as a runtime failure here.
            throw new DicomException("first frame could not be decoded: " + e.getClass().getSimpleName());
        }
        return new DecodedFrames(image, "MONOCHROME1".equalsIgnoreCase(pi), signed ? bitsStored : 0, false);
    }

    public int count() {
        return image.getNumberOfFrames();
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    public Gray8 render(int frame) {
        Gray8 g = renderStored(frame);
        return fillBarsNeutralised ? FillBars.neutralised(g, FILL_GREY) : g;
    }

    /** The grey the blackout's fill value renders as: Gray8's displayed black. */
    static final int FILL_GREY = 0;

    private Gray8 renderStored(int frame) {
        BufferedImage bi = image.getBufferedImage(frame);
        if (bi.getRaster().getNumBands() == 1 && !(bi.getColorModel() instanceof IndexColorModel)) {
            int w = bi.getWidth(), h = bi.getHeight();
            int[] v = FrameRenderer.samples(bi.getRaster());
            if (signedBits > 0) {
                // Rasters hold the raw bits; sign-extend so negative values sort below positive ones.
                int shift = 32 - signedBits;
                for (int i = 0; i < v.length; i++) v[i] = (v[i] << shift) >> shift;
            }
            return FrameRenderer.fromValues(v, w, h, monochrome1);
        }
        return FrameRenderer.render(bi, false);
    }
}
