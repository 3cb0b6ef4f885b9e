package veil.ocr.policy;

import com.pixelmed.dicom.AttributeList;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import veil.ocr.detect.WordBox;
import veil.rules.HarmlessWords;
import veil.rules.PixelPolicy;

/**
 * Applies a profile's pixel policy to the words read in an instance: which boxes go. Allow-listed
 * markers always stay; {@code ALL} removes every other word; {@code PHI} keeps a line only when every word read in it
 * is shown harmless ({@link #judgeLine}), and {@link #wordsToRemove} there gives the instance's own identifiers (what
 * the audit reports as such); device masks add fixed rectangles.
 */
public final class RedactionPlan {

    private final PixelPolicy policy;
    private final Set<String> allow;
    private final PhiMatcher phi;
    private final HarmlessLine harmless;

    public RedactionPlan(PixelPolicy policy, Identifiers identifiers) {
        this.policy = policy;
        this.allow = policy.allowList().stream().map(HarmlessWords::key).collect(Collectors.toSet());
        this.phi = new PhiMatcher(identifiers);
        this.harmless = new HarmlessLine(allow, phi);
    }

    /** Phi mode's judgement of one line from the words read in it ({@link HarmlessLine}). */
    public HarmlessLine.Verdict judgeLine(List<WordBox> words, Rectangle line) {
        return harmless.judge(words, line);
    }

    /** Padding around a word box: glyph edges and anti-aliasing reach a little past Tesseract's box. */
    public static Rectangle padded(Rectangle box) {
        int pad = 1 + box.height / 16;
        return new Rectangle(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad);
    }

    /**
     * Identifiers get more room sideways: a matched word whose last glyph Tesseract split off or
     * clipped must still go entirely, and PHI mode removes few boxes, so the extra area is small.
     */
    static Rectangle paddedIdentifier(Rectangle box) {
        int padY = 1 + box.height / 10, padX = 2 + box.height / 5;
        return new Rectangle(box.x - padX, box.y - padY, box.width + 2 * padX, box.height + 2 * padY);
    }

    public boolean allowed(String word) {
        String a = HarmlessWords.key(word);
        return !a.isEmpty() && allow.contains(a);
    }

    /** @param words the words of one frame, in reading order */
    public List<Target> wordsToRemove(List<WordBox> words) {
        BitSet identifiers = policy.mode() == PixelPolicy.Mode.PHI ? phi.match(words) : null;
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            WordBox w = words.get(i);
            if (allowed(w.text())) continue;
            if (identifiers == null) out.add(new Target(padded(w.box()), Target.Reason.TEXT));
            else if (identifiers.get(i)) out.add(new Target(paddedIdentifier(w.box()), Target.Reason.IDENTIFIER));
        }
        return out;
    }

    public List<Target> deviceMasks(AttributeList list) {
        List<Target> out = new ArrayList<>();
        for (PixelPolicy.DeviceMask m : DeviceMasks.matching(policy, list)) {
            for (PixelPolicy.Box b : m.boxes()) {
                out.add(new Target(new Rectangle(b.x(), b.y(), b.width(), b.height()), Target.Reason.DEVICE_MASK));
            }
        }
        return out;
    }
}
