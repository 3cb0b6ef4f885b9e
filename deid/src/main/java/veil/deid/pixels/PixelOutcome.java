package veil.deid.pixels;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import java.util.List;

/** Result of pixel cleaning: the closed set of what the run must do next. */
public sealed interface PixelOutcome {

    /** Verified clean: no text the policy removes was found, and the independent check found none unexplained. */
    record NoText(List<String> notes, Screening screening) implements PixelOutcome {
        public NoText(List<String> notes) {
            this(notes, Screening.NONE);
        }
    }

    /** A rectangle blacked out, in stored-image pixel coordinates (every frame). */
    record Box(int x, int y, int width, int height) { }

    /**
     * What screening did, for audits and reports (no text in it).
     *
     * @param blackedOut          the rectangles blacked out in every frame
     * @param frameShareChanged   share of a frame the blackout covers (0..1)
     * @param verifierFound       text-like regions the independent check found that the first read had missed
     *                            (blacked out in {@code all} mode)
     */
    record Screening(List<Box> blackedOut, double frameShareChanged, int verifierFound) {
        public static final Screening NONE = new Screening(List.of(), 0, 0);

        public Screening {
            blackedOut = List.copyOf(blackedOut);
        }
    }

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
                    AttributeList pixelModule, Screening screening) implements PixelOutcome {

        public Redacted(Attribute pixelData, String transferSyntaxUid, int boxes, List<String> notes) {
            this(pixelData, transferSyntaxUid, boxes, notes, new AttributeList());
        }

        public Redacted(Attribute pixelData, String transferSyntaxUid, int boxes, List<String> notes,
                        AttributeList pixelModule) {
            this(pixelData, transferSyntaxUid, boxes, notes, pixelModule, Screening.NONE);
        }
    }

    /** Could not decode, scan or verify: the instance is quarantined with this reason (no PHI in it). */
    record Failed(String reason) implements PixelOutcome { }
}
