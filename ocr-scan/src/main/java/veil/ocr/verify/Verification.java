package veil.ocr.verify;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.TesseractEngine;
import veil.ocr.detect.TextDetector;
import veil.ocr.policy.RedactionPlan;
import veil.ocr.policy.Target;

/**
 * Re-reads every redacted frame from the new stored pixels (decoded afresh, not from the
 * detection pass's rendering) and returns whatever text the policy would still remove.
 */
public final class Verification {

    private Verification() { }

    public static List<Target> remaining(AttributeList redacted, List<Rectangle> blackedOut, RedactionPlan plan,
                                         TesseractEngine engine) throws DicomException {
        DecodedFrames frames = DecodedFrames.of(redacted);
        List<Target> left = new ArrayList<>();
        for (int f = 0; f < frames.count(); f++) {
            left.addAll(plan.wordsToRemove(TextDetector.detect(frames.render(f), f, engine, blackedOut)));
        }
        return left;
    }
}
