package veil.audit.pixels;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.audit.finding.Evidence;
import veil.audit.finding.Finding;
import veil.audit.finding.FindingType;
import veil.audit.finding.Kind;
import veil.audit.finding.Severity;
import veil.ocr.OcrPixelCleaner;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.detect.TextDetector;
import veil.ocr.detect.WordBox;
import veil.ocr.policy.Identifiers;
import veil.ocr.policy.RedactionPlan;
import veil.ocr.policy.Target;
import veil.rules.PixelPolicy;

/**
 * Reads the burned-in text of an instance or image with Veil's detector (through ocr-scan's public API, whichever
 * detector is behind it) and keeps what the de-identification pixel policy would remove: allow-listed markers (L, R,
 * PORTABLE) stay quiet, in {@code phi} mode only the instance's own identifiers count. Detect only: nothing is changed.
 * Thread-safe: each worker thread gets its own engine.
 */
public final class PixelAudit implements AutoCloseable {

    /** Thumbnails in the HTML are small: enough to see where the text is. */
    public static final int THUMBNAIL_SIDE = 192;

    private final PixelPolicy policy;
    private final OcrPixelCleaner engines = new OcrPixelCleaner();

    public PixelAudit(PixelPolicy policy) {
        this.policy = policy;
    }

    public PixelPolicy policy() {
        return policy;
    }

    /**
     * @param outcome  no-text, text-found, undecodable
     * @param thumbnail PNG of the first frame with text, boxes drawn; null when nothing was found
     * @param boxes    the boxes of the findings, per frame index
     */
    public record Result(List<Finding> findings, String outcome, byte[] thumbnail, List<FrameBox> boxes) { }

    public record FrameBox(int frame, Rectangle box) { }

    /**
     * The release's own pixels judged by the whole de-identification pipeline (learned detection, the policy, the
     * independent text-likeness check): anything it would still black out is residual text; anything it cannot verify
     * is a finding too.
     */
    public Result screen(AttributeList full, String file) {
        veil.deid.pixels.PixelOutcome outcome;
        try {
            outcome = engines.clean(full, policy);
        } catch (RuntimeException | OutOfMemoryError e) {
            return undecodable(file);
        }
        List<Finding> out = new ArrayList<>();
        List<FrameBox> boxes = new ArrayList<>();
        if (outcome instanceof veil.deid.pixels.PixelOutcome.Redacted r) {
            for (veil.deid.pixels.PixelOutcome.Box b : r.screening().blackedOut()) {
                out.add(new Finding(file, Kind.PIXEL, "frame 0 box " + b.x() + "," + b.y() + "," + b.width() + "," + b.height(),
                        FindingType.PIXEL_TEXT, "", Severity.MEDIUM, "burned-in text the pixel policy removes"));
                boxes.add(new FrameBox(0, new Rectangle(b.x(), b.y(), b.width(), b.height())));
            }
            if (out.isEmpty()) {
                out.add(new Finding(file, Kind.PIXEL, "PixelData", FindingType.PIXEL_TEXT, "", Severity.MEDIUM,
                        "burned-in text the pixel policy removes (" + r.boxes() + " region(s))"));
            }
        } else if (outcome instanceof veil.deid.pixels.PixelOutcome.Failed f) {
            out.add(new Finding(file, Kind.PIXEL, "PixelData", FindingType.PIXEL_TEXT, "", Severity.MEDIUM,
                    "pixels could not be verified free of text: " + f.reason()));
        }
        byte[] thumb = null;
        if (!out.isEmpty()) {
            try {
                List<Rectangle> rects = boxes.stream().map(FrameBox::box).toList();
                thumb = Thumbnail.png(DecodedFrames.of(full).render(0), rects, THUMBNAIL_SIDE);
            } catch (DicomException | RuntimeException e) {
                thumb = null;   // the finding stands without its picture
            }
        }
        return new Result(out, out.isEmpty() ? "no-text" : "text-found", thumb, boxes);
    }

    /** A PNG or JPEG: no header, so the policy's {@code all} reading applies whatever its mode. */
    public Result screen(Gray8 image, String file) {
        RedactionPlan plan = new RedactionPlan(new PixelPolicy(PixelPolicy.Mode.ALL, policy.allowList(), List.of()),
                Identifiers.of(new AttributeList()));
        List<Finding> out = new ArrayList<>();
        List<FrameBox> boxes = new ArrayList<>();
        List<Rectangle> found = judge(image, 0, plan, file, out, boxes);
        return new Result(out, out.isEmpty() ? "no-text" : "text-found",
                found.isEmpty() ? null : Thumbnail.png(image, found, THUMBNAIL_SIDE), boxes);
    }

    private List<Rectangle> judge(Gray8 frame, int index, RedactionPlan plan, String file, List<Finding> out,
                                  List<FrameBox> boxes) {
        List<WordBox> words = TextDetector.detect(frame, index, engines.engine());
        List<Target> targets = plan.wordsToRemove(words);
        List<Rectangle> drawn = new ArrayList<>();
        for (Target t : targets) {
            String text = "";
            for (WordBox w : words) {
                if (t.box().contains(w.box()) || t.box().intersects(w.box())) {
                    text = w.text();
                    break;
                }
            }
            Rectangle b = t.box();
            boolean identifier = t.reason() == Target.Reason.IDENTIFIER;
            out.add(new Finding(file, Kind.PIXEL, "frame " + index + " box " + b.x + "," + b.y + "," + b.width + "," + b.height,
                    identifier ? FindingType.NAME : FindingType.PIXEL_TEXT, Evidence.mask(text),
                    identifier ? Severity.HIGH : Severity.MEDIUM,
                    identifier ? "burned-in text matching the instance's identifiers" : "burned-in text the pixel policy removes"));
            boxes.add(new FrameBox(index, b));
            drawn.add(b);
        }
        return drawn;
    }

    private static Result undecodable(String file) {
        return new Result(List.of(new Finding(file, Kind.PIXEL, "PixelData", FindingType.UNREADABLE, "", Severity.MEDIUM,
                "pixel data could not be decoded: not screened")), "undecodable", null, List.of());
    }

    @Override
    public void close() {
        engines.close();
    }
}
