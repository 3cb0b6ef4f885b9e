package veil.deid.pixels;

import com.pixelmed.dicom.AttributeList;
import veil.rules.PixelPolicy;

/**
 * Removes burned-in text from an instance's pixel data. Implemented by ocr-scan and plugged into
 * the de-identification run by the CLI, so deid does not depend on OCR.
 * Implementations are thread-safe (one OCR engine per worker thread).
 */
public interface PixelCleaner {

    /**
     * @param original the instance as read, pixel data included, before header de-identification:
     *                 its identifiers are what the PHI policy looks for in the pixels
     * @return what happened; the run writes {@link PixelOutcome.Redacted} pixels or quarantines
     */
    PixelOutcome clean(AttributeList original, PixelPolicy policy);
}
