package veil.deid.pixels;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import java.util.List;

/** Result of pixel cleaning: the closed set of what the run must do next. */
public sealed interface PixelOutcome {

    /** Verified clean: no text the policy removes was found on a re-read. Pixels unchanged. */
    record NoText(List<String> notes) implements PixelOutcome { }

    /**
     * Text was blacked out and a verification pass found none left.
     *
     * @param pixelData         the new Pixel Data attribute (stored values changed, every frame)
     * @param transferSyntaxUid what to write it with (the input's if uncompressed, else a lossless one)
     * @param boxes             number of regions blacked out
     * @param notes             for the audit (e.g. "decoded JPEG baseline, written Explicit VR Little Endian")
     * @param pixelModule       Image Pixel attributes the writer must copy into the output header with the
     *                          pixel data (PhotometricInterpretation, PlanarConfiguration, ...): decoding can
     *                          change them, e.g. YBR_FULL_422 JPEG becomes uncompressed RGB or YBR_FULL
     */
    record Redacted(Attribute pixelData, String transferSyntaxUid, int boxes, List<String> notes,
                    AttributeList pixelModule) implements PixelOutcome {

        public Redacted(Attribute pixelData, String transferSyntaxUid, int boxes, List<String> notes) {
            this(pixelData, transferSyntaxUid, boxes, notes, new AttributeList());
        }
    }

    /** Could not decode, scan or verify: the instance is quarantined with this reason (no PHI in it). */
    record Failed(String reason) implements PixelOutcome { }
}
