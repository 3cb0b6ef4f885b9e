package veil.ocr.verify;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.TesseractEngine;
import veil.ocr.detect.TextDetector;
import veil.ocr.detect.WordBox;
import veil.ocr.policy.RedactionPlan;
import veil.ocr.policy.Target;

/**
 * Re-reads every redacted frame from the new stored pixels (decoded afresh, not from the
 * detection pass's rendering) and returns whatever text the policy would still remove.
 */
public final class Verification {

    /** Smaller than the smallest supported text (10 px type has 7 px capitals). */
    static final int MIN_HEIGHT = 7;
    static final float MIN_CONFIDENCE = 50;
    static final float MIN_LONG_CONFIDENCE = 20;

    private Verification() { }

    /**
     * What counts as text left behind: glyph-sized, and either read with some confidence or long.
     * Around fresh blackouts on grainy images Tesseract reads noise and glyph crumbs as 1-3 letter
     * junk at near-zero confidence; counting that would quarantine images that are clean.
     */
    static boolean readable(WordBox w) {
        long alnum = w.text().codePoints().filter(Character::isLetterOrDigit).count();
        return w.box().height >= MIN_HEIGHT
                && (w.confidence() >= MIN_CONFIDENCE || (alnum >= 4 && w.confidence() >= MIN_LONG_CONFIDENCE));
    }

    /**
     * A "word" whose box lies mostly on our own fill is the blackout pattern being read (black bars
     * on a light label look like dashes and brackets), not text that survived.
     */
    static boolean mostlyFill(Rectangle box, List<Rectangle> blackedOut) {
        long covered = 0;
        for (Rectangle b : blackedOut) {
            Rectangle i = b.intersection(box);
            if (!i.isEmpty()) covered += (long) i.width * i.height;
        }
        return covered >= 0.6 * box.width * box.height;
    }

    public static List<Target> remaining(AttributeList redacted, List<Rectangle> blackedOut, RedactionPlan plan,
                                         TesseractEngine engine) throws DicomException {
        DecodedFrames frames = DecodedFrames.of(redacted);
        List<Target> left = new ArrayList<>();
        for (int f = 0; f < frames.count(); f++) {
            List<WordBox> read = TextDetector.detect(frames.render(f), f, engine, blackedOut);
            left.addAll(plan.wordsToRemove(read.stream()
                    .filter(w -> readable(w) && !mostlyFill(w.box(), blackedOut)).toList()));
        }
        return left;
    }
}
