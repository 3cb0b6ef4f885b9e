package veil.ocr;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import veil.deid.io.InstanceReader;
import veil.deid.pixels.PixelCleaner;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.decode.ExtendedJpeg;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.TesseractEngine;
import veil.ocr.detect.TextDetector;
import veil.ocr.policy.Identifiers;
import veil.ocr.policy.RedactionPlan;
import veil.ocr.policy.Target;
import veil.ocr.redact.Attributes;
import veil.ocr.redact.Blackout;
import veil.ocr.review.ReviewSink;
import veil.ocr.verify.Verification;
import veil.rules.PixelPolicy;

/**
 * Finds burned-in text with Tesseract and blacks out what the profile's pixel policy removes,
 * then re-reads the redacted frames; anything left after a few rounds fails the instance.
 * Thread-safe: each worker thread gets its own Tesseract handle, created on first use and
 * released by {@link #close()}.
 */
public final class OcrPixelCleaner implements PixelCleaner, AutoCloseable {

    static final int MAX_ROUNDS = 3;

    static {
        InstanceReader.quietPixelMed();   // one place decides PixelMed's log level
    }

    private final ConcurrentLinkedQueue<TesseractEngine> engines = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<TesseractEngine> engine = ThreadLocal.withInitial(() -> {
        TesseractEngine e = new TesseractEngine();
        engines.add(e);
        return e;
    });
    private final ReviewSink review;

    public OcrPixelCleaner() {
        this(ReviewSink.NONE);
    }

    public OcrPixelCleaner(ReviewSink review) {
        this.review = review;
    }

    /** The calling thread's engine (for scanning without redaction). */
    public TesseractEngine engine() {
        return engine.get();
    }

    @Override
    public PixelOutcome clean(AttributeList original, PixelPolicy policy) {
        if (original.get(TagFromName.PixelData) == null) return new PixelOutcome.Failed("no pixel data to scan");
        String ts = Attributes.string(original, TagFromName.TransferSyntaxUID);
        DecodedFrames frames;
        AttributeList source = original;
        try {
            // 12-bit extended JPEG: PixelMed cannot decode it, so the pipeline reads an uncompressed copy.
            source = ExtendedJpeg.decoded(original).orElse(original);
            frames = DecodedFrames.of(source);
        } catch (DicomException | java.io.IOException | RuntimeException | OutOfMemoryError e) {
            return new PixelOutcome.Failed("pixel data could not be decoded (transfer syntax " + ts + ", "
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            PixelOutcome out = cleanDecoded(source, policy, frames);
            return source == original ? out : ExtendedJpeg.noted(out);
        } catch (DicomException | RuntimeException e) {
            return new PixelOutcome.Failed("pixel data could not be scanned or redacted (transfer syntax " + ts + ", "
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private PixelOutcome cleanDecoded(AttributeList original, PixelPolicy policy, DecodedFrames frames)
            throws DicomException {
        TesseractEngine tess = engine.get();
        RedactionPlan plan = new RedactionPlan(policy, Identifiers.of(original));
        List<Target> targets = new ArrayList<>(plan.deviceMasks(original));
        int words = 0;
        for (int f = 0; f < frames.count(); f++) {
            var read = TextDetector.detect(frames.render(f), f, tess);
            words += read.size();
            targets.addAll(plan.wordsToRemove(read));
        }
        List<String> notes = new ArrayList<>();
        notes.add("scanned " + frames.count() + " frame(s), " + words + " word(s) read, policy " + policy.mode());
        if (targets.isEmpty()) {
            notes.add("no text the policy removes");
            return new PixelOutcome.NoText(notes);
        }
        AttributeList current = original;
        List<Rectangle> applied = new ArrayList<>();
        Map<Target.Reason, Integer> reasons = new EnumMap<>(Target.Reason.class);
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            List<Rectangle> boxes = targets.stream().map(Target::box).toList();
            targets.forEach(t -> reasons.merge(t.reason(), 1, Integer::sum));
            applied.addAll(boxes);
            Blackout.Redaction r = Blackout.apply(current, boxes);
            targets = Verification.remaining(r.list(), applied, plan, tess);
            if (targets.isEmpty()) {
                notes.add(applied.size() + " box(es) blacked out in every frame " + reasons
                        + ", verified by re-reading (" + round + " round(s))");
                notes.addAll(r.notes());
                review.redacted(original, frames.render(0), applied, DecodedFrames.of(r.list()).render(0));
                return new PixelOutcome.Redacted(r.pixelData(), r.transferSyntaxUid(), applied.size(), notes,
                        r.pixelModule());
            }
            current = r.list();
        }
        return new PixelOutcome.Failed("text the pixel policy removes was still read after " + MAX_ROUNDS
                + " blackout rounds (" + targets.size() + " region(s))");
    }

    @Override
    public void close() {
        TesseractEngine e;
        while ((e = engines.poll()) != null) e.close();
    }
}
