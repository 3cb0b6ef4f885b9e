package veil.testkit.pixels;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a redaction of a synthetic image against its truth. A token counts as redacted when at
 * least 95% of its glyph pixels changed value; for text drawn in the fill value itself (black
 * text), whose glyphs cannot change, 95% of the surrounding pixels in its box must have changed
 * instead, since that is what made it readable. Area outside is every changed pixel that lies in
 * no token's box.
 */
public final class RedactionScore {

    public static final double REDACTED_SHARE = 0.95;

    private RedactionScore() { }

    public record TokenResult(TruthBox truth, double changedShare) {
        public boolean redacted() { return changedShare >= REDACTED_SHARE; }
    }

    public record ImageScore(List<TokenResult> tokens, long outsideChanged, long pixels) {
        public double outsideShare() { return (double) outsideChanged / pixels; }
    }

    public static ImageScore score(SynthImage img, int[] after, int fill) {
        int[] before = img.stored();
        int w = img.width();
        List<TokenResult> tokens = new ArrayList<>();
        boolean[] inBox = new boolean[before.length];
        for (TruthBox t : img.truth()) {
            Rectangle b = t.box();
            for (int y = b.y; y < b.y + b.height; y++) {
                for (int x = b.x; x < b.x + b.width; x++) inBox[y * w + x] = true;
            }
            tokens.add(new TokenResult(t, img.textStored() == fill ? backgroundChanged(t, before, after, w)
                    : glyphsChanged(t, before, after)));
        }
        long outside = 0;
        for (int i = 0; i < before.length; i++) {
            if (!inBox[i] && before[i] != after[i]) outside++;
        }
        return new ImageScore(tokens, outside, before.length);
    }

    private static double glyphsChanged(TruthBox t, int[] before, int[] after) {
        int changed = 0;
        for (int p : t.textPixels()) if (before[p] != after[p]) changed++;
        return (double) changed / t.textPixels().length;
    }

    private static double backgroundChanged(TruthBox t, int[] before, int[] after, int w) {
        java.util.Set<Integer> glyph = new java.util.HashSet<>();
        for (int p : t.textPixels()) glyph.add(p);
        Rectangle b = t.box();
        int n = 0, changed = 0;
        for (int y = b.y; y < b.y + b.height; y++) {
            for (int x = b.x; x < b.x + b.width; x++) {
                int p = y * w + x;
                if (glyph.contains(p)) continue;
                n++;
                if (before[p] != after[p]) changed++;
            }
        }
        return n == 0 ? 1.0 : (double) changed / n;
    }
}
