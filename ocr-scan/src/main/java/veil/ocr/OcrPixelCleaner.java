package veil.ocr;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import veil.deid.io.InstanceReader;
import veil.deid.pixels.PixelCleaner;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.decode.ExtendedJpeg;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.detect.TesseractEngine;
import veil.ocr.detect.TextDetector;
import veil.ocr.detect.WordBox;
import veil.ocr.faint.ConstantInkLines;
import veil.ocr.faint.StackedLines;
import veil.ocr.learned.LineFinder;
import veil.ocr.learned.Neighbourhoods;
import veil.ocr.learned.PpOcrDetector;
import veil.ocr.multiframe.Persistence;
import veil.ocr.multiframe.StaticBanner;
import veil.ocr.policy.Identifiers;
import veil.ocr.policy.LineShape;
import veil.ocr.policy.RedactionPlan;
import veil.ocr.policy.Target;
import veil.ocr.redact.AnatomyGuard;
import veil.ocr.redact.Attributes;
import veil.ocr.redact.Blackout;
import veil.ocr.redact.LineGaps;
import veil.ocr.review.ReviewSink;
import veil.ocr.verify.IndependentCheck;
import veil.ocr.verify.LineEnds;
import veil.ocr.verify.LineInk;
import veil.ocr.verify.Masked;
import veil.ocr.verify.TextLikeness;
import veil.rules.PixelPolicy;

/**
 * Finds burned-in text with a learned detector (PP-OCRv4 through ONNX Runtime, a plain and a low-contrast pass)
 * completed by constant-ink glyph lines ({@link ConstantInkLines}: faint text over speckle),
 * reads words with Tesseract only where the policy needs them (phi mode, allow-listed markers), blacks out what the
 * policy removes, and verifies every frame with an independent classical text finder: a text-like region the first
 * read cannot account for is blacked out ({@code all}) or read and judged ({@code phi}), and an instance is never
 * released while such a region remains. A blackout larger than the policy's share of the frame is a quarantine.
 * Thread-safe: each worker thread gets its own detector session and Tesseract handle, released by {@link #close()}.
 */
public final class OcrPixelCleaner implements PixelCleaner, AutoCloseable {

    static final int MAX_ROUNDS = 3;
    /** All-mode lines wider than this many heights cannot be one allow-listed marker: no need to read them. */
    static final int MARKER_ASPECT = 7;

    static {
        InstanceReader.quietPixelMed();   // one place decides PixelMed's log level
    }

    private final ConcurrentLinkedQueue<AutoCloseable> opened = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<TesseractEngine> engine = ThreadLocal.withInitial(() -> opened(new TesseractEngine()));
    private final ThreadLocal<PpOcrDetector> detector = ThreadLocal.withInitial(() -> opened(new PpOcrDetector()));
    private final ReviewSink review;
    private final LineFinder.Passes passes;
    /**
     * What the first read's lines go through before the policy sees them: nothing in production. Tests replace it to
     * play a first read that missed text, which the independent verification must then catch.
     */
    java.util.function.UnaryOperator<List<Rectangle>> firstReadFilter = java.util.function.UnaryOperator.identity();

    public OcrPixelCleaner() {
        this(ReviewSink.NONE);
    }

    public OcrPixelCleaner(ReviewSink review) {
        this(review, LineFinder.DEFAULT);
    }

    /** @param passes which detector passes run (benchmarks compare them; the default is {@link LineFinder#DEFAULT}) */
    public OcrPixelCleaner(ReviewSink review, LineFinder.Passes passes) {
        this.review = review;
        this.passes = passes;
    }

    private <T extends AutoCloseable> T opened(T t) {
        opened.add(t);
        return t;
    }

    /** The calling thread's engine (for scanning without redaction). */
    public TesseractEngine engine() {
        return engine.get();
    }

    @Override
    public PixelOutcome clean(AttributeList original, PixelPolicy policy) {
        if (original.get(TagFromName.PixelData) == null) return new PixelOutcome.Failed("no pixel data to scan");
        String ts = Attributes.string(original, TagFromName.TransferSyntaxUID);
        PpOcrDetector det;
        try {
            det = detector.get();
        } catch (IllegalStateException e) {
            detector.remove();
            return new PixelOutcome.Failed(e.getMessage());   // the model is missing: never release unscreened
        }
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
            PixelOutcome out = cleanDecoded(source, policy, frames, det);
            return source == original ? out : ExtendedJpeg.noted(out);
        } catch (DicomException | RuntimeException e) {
            return new PixelOutcome.Failed("pixel data could not be scanned or redacted (transfer syntax " + ts + ", "
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** A text line of the first read and the frame it was found in (the temporal median stands for every frame). */
    private record Line(Gray8 source, int frame, Rectangle box) { }

    private PixelOutcome cleanDecoded(AttributeList original, PixelPolicy policy, DecodedFrames frames,
                                      PpOcrDetector det) throws DicomException {
        TesseractEngine tess = engine.get();
        RedactionPlan plan = new RedactionPlan(policy, Identifiers.of(original));
        // Read with earlier blackout bars (this instance already cleaned, as in the release audit) painted over:
        // their edges are no text, and the pixels written below still come from the stored values.
        List<Gray8> rendered = render(frames.withFill());
        List<String> notes = new ArrayList<>();
        FaintFinds found = new FaintFinds();
        List<Line> lines = new ArrayList<>(firstRead(rendered, det, passes, notes, found));
        List<Rectangle> inkAgreed = found.agreed;
        List<Rectangle> inkLines = new ArrayList<>(inkAgreed);
        inkLines.addAll(found.added);
        List<Rectangle> passed = firstReadFilter.apply(lines.stream().map(Line::box).toList());
        lines.removeIf(l -> !passed.contains(l.box()));
        // The independent finder's text lines on the frames as they came in: they split first-read boxes that are not
        // line-shaped (anatomy the detector took for text, with or without a line inside) and tell the anatomy guard
        // which blacked-out pixels two unrelated detectors agree are text.
        Map<Gray8, List<Rectangle>> textLike = new java.util.IdentityHashMap<>();
        lines = splitDoubtful(lines, textLike, notes);
        List<Rectangle> confirmed = new ArrayList<>();
        for (Gray8 g : rendered) {
            for (Rectangle r : textLike.computeIfAbsent(g, k -> TextLikeness.find(k, List.of()))) confirmed.add(margin(r));
        }
        // Faint lines the learned detector saw part of and the constant-ink finder saw whole.
        confirmed.addAll(inkAgreed);
        // First-read lines the finder confirms on their own box (text over speckle, or inside a block of lines, which
        // its whole-frame search leaves out): text by both detectors, not anatomy, for the guard.
        for (Line l : lines) {
            if (TextLikeness.confirms(l.source(), l.box())) confirmed.add(l.box());
        }

        List<Target> targets = new ArrayList<>(plan.deviceMasks(original));
        List<Rectangle> kept = new ArrayList<>();
        int[] lineBase = new int[rendered.size()];
        boolean phi = policy.mode() == PixelPolicy.Mode.PHI;
        for (Line l : lines) {
            Rectangle reading = readingBox(l.box(), l.source());
            boolean markerSized = !policy.allowList().isEmpty() && reading.width <= MARKER_ASPECT * reading.height;
            if (!phi && !markerSized) {
                targets.add(new Target(l.box(), Target.Reason.TEXT));
                continue;
            }
            List<WordBox> words = TextDetector.readRegion(l.source(), reading, l.frame(), tess, lineBase, l.frame());
            Target.Reason gone = phi ? goneInPhi(plan, words, l.box())
                    : allowedOnly(plan, words, () -> TextDetector.readRegionLocally(l.source(), l.box(), l.frame(), tess));
            if (gone == null) kept.add(l.box());
            else targets.add(new Target(l.box(), gone));
        }

        // How each first-read line's glyphs look before they go black: letters left past its end look the same.
        // Lines whose two ends the constant-ink finder drew have had their band walked already, glyph by glyph of
        // their own ink: walking on past them again only walks into the speckle the faint line lay on.
        List<LineInk> firstReadInk = targets.stream().filter(t -> !inkEnded(t.box(), inkLines))
                .map(t -> TextLikeness.inkOf(rendered.get(0), t.box())).toList();
        List<Rectangle> firstReadBoxes = targets.stream().map(Target::box).toList();
        // Faint lines running into texture their letters cannot be told from: the rest of the line may hide there.
        List<Target> hidden = new ArrayList<>();
        Masked otherLines = Masked.of(frames.width(), frames.height(), firstReadBoxes, 0);
        for (LineInk l : firstReadInk) {
            for (Rectangle e : LineEnds.unverifiable(rendered.get(0), otherLines, l)) {
                hidden.add(new Target(e, Target.Reason.TEXT));
            }
        }
        // Ink-ended lines too, past an end the ink finders drew on clear ground just where texture begins: they do
        // not see through the texture, so the line may go on there unseen.
        for (Target t : targets) {
            if (!inkEnded(t.box(), inkLines)) continue;
            for (Rectangle e : LineEnds.pastInkEnds(rendered.get(0), otherLines, TextLikeness.inkOf(rendered.get(0), t.box()))) {
                hidden.add(new Target(e, Target.Reason.TEXT));
            }
        }
        if (!hidden.isEmpty()) {
            targets.addAll(hidden);
            notes.add(hidden.size() + " stretch(es) of texture past the ends of faint lines blacked out with them"
                    + " (letters as faint as the line could go on unseen there)");
        }
        AttributeList current = original;
        List<Gray8> now = rendered;
        List<Rectangle> applied = new ArrayList<>();
        Map<Target.Reason, Integer> reasons = new EnumMap<>(Target.Reason.class);
        int verifierFound = 0, fleeting = 0;
        Blackout.Redaction last = null;
        for (int round = 1; ; round++) {
            if (!targets.isEmpty()) {
                List<Rectangle> boxes = new ArrayList<>(targets.stream().map(Target::box).toList());
                List<Rectangle> all = new ArrayList<>(applied);
                all.addAll(boxes);
                // Pieces of one line blacked out apart leave the punctuation between them (the dashes of a date).
                List<Rectangle> gaps = LineGaps.between(all, kept);
                boxes.addAll(gaps);
                all.addAll(gaps);
                // A gap between two pieces of independently confirmed text is part of that text line, for the guard.
                for (Rectangle g : gaps) if (LineGaps.flankedBy(g, confirmed)) confirmed.add(g);
                double share = AnatomyGuard.share(all, confirmed, frames.width(), frames.height());
                double total = AnatomyGuard.share(all, frames.width(), frames.height());
                if (total > AnatomyGuard.ALWAYS_TOO_MUCH) {
                    return new PixelOutcome.Failed(String.format(Locale.ROOT,
                            "the blackout would change %.1f%% of the frame, more than half of it: quarantined rather than wiped",
                            100 * total) + guardDetail(round, boxes));
                }
                if (share > policy.maxBlackoutShare()) {
                    return new PixelOutcome.Failed(String.format(Locale.ROOT,
                            "the blackout would change %.1f%% of the frame outside independently confirmed text (the profile allows %.1f%%, pixels: max-blackout):"
                                    + " image content taken for text, or more text than expected; quarantined rather than wiped",
                            100 * share, 100 * policy.maxBlackoutShare()) + guardDetail(round, boxes));
                }
                targets.forEach(t -> reasons.merge(t.reason(), 1, Integer::sum));
                applied.addAll(boxes);
                last = Blackout.apply(current, boxes);
                current = last.list();
                now = render(DecodedFrames.of(current).withFill());   // decoded afresh from the new stored values
            }
            List<IndependentCheck.Unexplained> left = new ArrayList<>();
            for (int f = 0; f < now.size(); f++) {
                left.addAll(IndependentCheck.unexplained(now.get(f), f, applied, firstReadInk, kept));
            }
            List<IndependentCheck.Unexplained> lasting = Persistence.lasting(left, now.size());
            if (lasting.size() < left.size()) {
                fleeting += left.size() - lasting.size();
                left = lasting;
            }
            if (left.isEmpty()) break;
            if (round >= MAX_ROUNDS) {
                return new PixelOutcome.Failed("the independent check still found " + left.size()
                        + " text-like region(s) the first read could not account for after " + MAX_ROUNDS + " rounds"
                        + where(left));
            }
            targets = new ArrayList<>();
            for (IndependentCheck.Unexplained u : left) {
                verifierFound++;
                if (policy.mode() == PixelPolicy.Mode.ALL) {
                    targets.add(new Target(margin(u.box()), Target.Reason.TEXT));
                    continue;
                }
                if (u.continuesBlackout()) {
                    // The rest of a line that went: what is left of it is no more harmless than the rest was.
                    targets.add(new Target(margin(u.box()), Target.Reason.TEXT));
                    continue;
                }
                List<WordBox> words = TextDetector.readRegion(now.get(u.frame()), u.box(), u.frame(), tess,
                        lineBase, u.frame());
                Target.Reason gone = goneInPhi(plan, words, u.box());
                if (gone == null) kept.add(u.box());
                else targets.add(new Target(margin(u.box()), gone));
            }
            if (targets.isEmpty()) break;   // phi mode: everything left was read and shown harmless
        }
        notes.add("independent check (classical stroke/layout text finder) passed on " + now.size() + " frame(s)"
                + (verifierFound > 0 ? "; it found " + verifierFound + " region(s) the first read missed" : "")
                + (fleeting > 0 ? "; " + fleeting + " region(s) of one frame only (speckle: no annotation lasts one frame) not taken for text" : ""));
        PixelOutcome.Screening screening = new PixelOutcome.Screening(
                applied.stream().map(r -> new PixelOutcome.Box(r.x, r.y, r.width, r.height)).toList(),
                AnatomyGuard.share(applied, frames.width(), frames.height()), verifierFound);
        if (last == null) {
            notes.add("no text the policy removes");
            return new PixelOutcome.NoText(notes, screening);
        }
        notes.add(String.format(Locale.ROOT, "%d box(es) blacked out in every frame %s, %.2f%% of the frame",
                applied.size(), reasons, 100 * screening.frameShareChanged()));
        notes.addAll(last.notes());
        review.redacted(original, rendered.get(0), applied, now.get(0));
        return new PixelOutcome.Redacted(last.pixelData(), last.transferSyntaxUid(), applied.size(), notes,
                last.pixelModule(), screening);
    }

    /**
     * Phi mode keeps a line only when what is read there shows it harmless ({@link HarmlessLine}): a line it cannot
     * read, or reads as anything but technique and position terms, goes whole. Null when the line stays.
     */
    private static Target.Reason goneInPhi(RedactionPlan plan, List<WordBox> words, Rectangle line) {
        return switch (plan.judgeLine(words, line)) {
            case HARMLESS -> null;
            case IDENTIFIER -> Target.Reason.IDENTIFIER;
            case UNSHOWN -> Target.Reason.TEXT;
        };
    }

    /**
     * All mode keeps a marker-sized line only when every word read in it is allow-listed, on the first read or on a
     * second, local read of the line alone ({@link MarkerReading}). Null when it stays.
     */
    private static Target.Reason allowedOnly(RedactionPlan plan, List<WordBox> words,
                                             java.util.function.Supplier<List<WordBox>> localRead) {
        return MarkerReading.judge(words, plan::allowed, localRead) == MarkerReading.Verdict.GOES ? Target.Reason.TEXT : null;
    }

    /**
     * The learned detector's lines. A clip is read once on its temporal median (static banners), then again on each
     * frame whose banner area differs from the median (a banner that changes mid-clip).
     */
    private static List<Line> firstRead(List<Gray8> rendered, PpOcrDetector det, LineFinder.Passes passes,
                                        List<String> notes, FaintFinds found) {
        List<Line> out = new ArrayList<>();
        if (rendered.size() == 1) {
            for (Rectangle r : read(rendered.get(0), det, passes, found)) out.add(new Line(rendered.get(0), 0, r));
            notes.add("first read: " + out.size() + " text line(s) found (PP-OCRv4, " + passes.name().toLowerCase(Locale.ROOT).replace('_', '-') + " pass(es))"
                    + found.note());
            return out;
        }
        Gray8 median = StaticBanner.median(rendered);
        List<Rectangle> banner = read(median, det, passes, found);
        for (Rectangle r : banner) out.add(new Line(median, 0, r));
        List<Integer> changed = StaticBanner.changedFrames(rendered, median, banner);
        for (int f : changed) {
            for (Rectangle r : read(rendered.get(f), det, passes, found)) out.add(new Line(rendered.get(f), f, r));
        }
        notes.add("first read: " + banner.size() + " static text line(s) on the median of " + rendered.size()
                + " frames" + (changed.isEmpty() ? "" : ", " + changed.size() + " frame(s) with a changed banner read on their own")
                + found.note());
        return out;
    }

    /**
     * One frame's lines: the learned detector's, with its second look round small lines ({@link Neighbourhoods}),
     * completed by the constant-ink finder (faint lines over speckle that
     * the detector draws short or misses) and by the lines of faint blocks next to them ({@link StackedLines}). Only
     * line-shaped boxes are completed; the others are split later.
     */
    private static List<Rectangle> read(Gray8 g, PpOcrDetector det, LineFinder.Passes passes, FaintFinds faint) {
        List<Rectangle> found = new ArrayList<>(LineFinder.lines(det, g, passes));
        found.addAll(Neighbourhoods.reread(det, g, found));
        List<Rectangle> shaped = found.stream().filter(LineShape::isLine).toList();
        ConstantInkLines.Completion c = ConstantInkLines.complete(g, shaped, OcrPixelCleaner::margin);
        faint.agreed.addAll(c.agreed());
        faint.added.addAll(c.added());
        List<Rectangle> out = new ArrayList<>(c.lines());
        // Found glyph-tight, like the constant-ink lines: grown by the blackout's margin round anti-aliased edges.
        List<Rectangle> block = StackedLines.around(g, c.lines()).stream().map(OcrPixelCleaner::margin).toList();
        faint.stacked.addAll(block);
        out.addAll(block);
        found.stream().filter(r -> !LineShape.isLine(r)).forEach(out::add);
        return out;
    }

    /** Both ends of a line are ends of constant-ink lines inside it (within a pixel or two). */
    static boolean inkEnded(Rectangle line, List<Rectangle> inkLines) {
        boolean start = false, end = false;
        for (Rectangle i : inkLines) {
            if (!line.contains(i)) continue;
            start |= Math.abs(i.x - line.x) <= 2;
            end |= Math.abs(i.x + i.width - line.x - line.width) <= 2;
        }
        return start && end;
    }

    /**
     * What the first read's character-free passes contributed, over all frames read: constant-ink lines joined to
     * first-read lines (and lines grown along their ink), constant-ink lines of their own, block lines found next to
     * first-read lines ({@link StackedLines}).
     */
    private static final class FaintFinds {
        final List<Rectangle> agreed = new ArrayList<>(), added = new ArrayList<>(), stacked = new ArrayList<>();

        String note() {
            String ink = agreed.size() + added.size() == 0 ? ""
                    : "; constant-ink lines: " + agreed.size() + " joined to first-read lines, " + added.size() + " added";
            return ink + (stacked.isEmpty() ? "" : "; " + stacked.size() + " line(s) of a block found next to its first-read lines");
        }
    }

    /**
     * First-read boxes that are not line-shaped ({@link LineShape}) are replaced by the independent finder's text
     * lines inside them (none, when the detector took anatomy for text): blacking them out whole would wipe a lung
     * field or a CT body. Whatever text the finder does not see in them is still judged by the verification, which
     * searches the whole frame.
     */
    private static List<Line> splitDoubtful(List<Line> lines, Map<Gray8, List<Rectangle>> textLike, List<String> notes) {
        List<Line> out = new ArrayList<>();
        int doubtful = 0, inside = 0;
        for (Line l : lines) {
            if (LineShape.isLine(l.box())) {
                out.add(l);
                continue;
            }
            doubtful++;
            for (Rectangle t : textLike.computeIfAbsent(l.source(), k -> TextLikeness.find(k, List.of()))) {
                if (l.box().contains(t.getCenterX(), t.getCenterY())) {
                    out.add(new Line(l.source(), l.frame(), margin(t)));
                    inside++;
                }
            }
        }
        if (doubtful > 0) {
            notes.add("first read: " + doubtful + " box(es) not shaped like a text line replaced by the " + inside
                    + " text line(s) the independent finder sees inside them");
        }
        return out;
    }

    /**
     * Tesseract reads a line better with some background round it than the blackout needs: the box grown by another
     * 1/16 of its height (the margin the line had before it was cut for the blackout's sake). The marker-size test
     * ({@link #MARKER_ASPECT}) is made on it too, as it was tuned on that margin.
     */
    static Rectangle readingBox(Rectangle r, Gray8 frame) {
        int pad = Math.min(r.width, r.height) / 16;
        return new Rectangle(r.x - pad, r.y - pad, r.width + 2 * pad, r.height + 2 * pad)
                .intersection(new Rectangle(0, 0, frame.width(), frame.height()));
    }

    /** Anti-aliased glyph edges reach past the finder's ink: the margin InkBounds gives a first-read line. */
    static Rectangle margin(Rectangle r) {
        int pad = 2 + Math.min(r.width, r.height) / 16;
        return new Rectangle(r.x - pad, r.y - pad, r.width + 2 * pad, r.height + 2 * pad);
    }

    /** Which round tripped the guard and how big its largest boxes are (geometry only). */
    static String guardDetail(int round, List<Rectangle> boxes) {
        List<Rectangle> big = new ArrayList<>(boxes);
        big.sort((a, b) -> Long.compare((long) b.width * b.height, (long) a.width * a.height));
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, " (round %d, %d box(es); largest", round, boxes.size()));
        for (int i = 0; i < Math.min(3, big.size()); i++) {
            Rectangle r = big.get(i);
            b.append(String.format(Locale.ROOT, " %d,%d %dx%d", r.x, r.y, r.width, r.height));
        }
        return b.append(")").toString();
    }

    /** Where the regions are (frame, x, y, width x height: geometry only, never what they say), for the reason. */
    static String where(List<IndependentCheck.Unexplained> left) {
        StringBuilder b = new StringBuilder(" (");
        for (int i = 0; i < Math.min(left.size(), 6); i++) {
            Rectangle r = left.get(i).box();
            if (i > 0) b.append(", ");
            b.append(String.format(Locale.ROOT, "f%d %d,%d %dx%d", left.get(i).frame(), r.x, r.y, r.width, r.height));
        }
        return b.append(left.size() > 6 ? ", ...)" : ")").toString();
    }

    private static List<Gray8> render(DecodedFrames frames) {
        List<Gray8> out = new ArrayList<>(frames.count());
        for (int f = 0; f < frames.count(); f++) out.add(frames.render(f));
        return out;
    }

    @Override
    public void close() {
        AutoCloseable c;
        while ((c = opened.poll()) != null) {
            try {
                c.close();
            } catch (Exception e) {
                // closing at shutdown: nothing left to do
            }
        }
    }
}
