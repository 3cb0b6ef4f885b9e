package veil.ocr.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ink of one frame, with some areas left out, measured once for every search that looks at it: the strong
 * pieces ({@link TextLikeness#find}'s line search and {@link TextLikeness#remnants}' left-over letters) and the
 * hysteresis pieces (find's second pass for faint thin-stemmed type). Each search used to compute the frame's local
 * mean, noise step and ink map afresh: three times per frame and verification round for one answer.
 */
public final class Pieces {

    /** 1 bright, 2 dark; 3 and 4 the same but weak (joins a glyph in the hysteresis pass, never starts one). */
    private final byte[] ink;
    /** |difference from the neighbourhood|, for each glyph's contrast. */
    private final byte[] diff;
    private final int width;
    private final int height;
    private List<TextLikeness.Glyph> strong;
    private List<TextLikeness.Glyph> joined;
    private int[] stack;
    private boolean[] seen;

    Pieces(byte[] ink, byte[] diff, int width, int height) {
        this.ink = ink;
        this.diff = diff;
        this.width = width;
        this.height = height;
    }

    /** Connected pieces of strong ink (8-connected, one polarity). */
    List<TextLikeness.Glyph> strong() {
        if (strong == null) strong = label(false);
        return strong;
    }

    /** Pieces started by strong ink and grown through weak ink of the same polarity. */
    List<TextLikeness.Glyph> joined() {
        if (joined == null) joined = label(true);
        return joined;
    }

    private List<TextLikeness.Glyph> label(boolean throughWeak) {
        int w = width, h = height;
        if (stack == null) {
            stack = new int[w * h];
            seen = new boolean[w * h];
        } else {
            Arrays.fill(seen, false);
        }
        List<TextLikeness.Glyph> out = new ArrayList<>();
        for (int s = 0; s < ink.length; s++) {
            if (ink[s] == 0 || ink[s] > 2 || seen[s]) continue;
            byte pol = ink[s], weak = throughWeak ? (byte) (pol + 2) : pol;
            int sp = 0;
            stack[sp++] = s;
            seen[s] = true;
            int x0 = w, y0 = h, x1 = -1, y1 = -1, area = 0, boundary = 0, strongPx = 0;
            long contrast = 0;
            while (sp > 0) {
                int p = stack[--sp];
                int y = p / w, x = p - y * w;
                area++;
                if (ink[p] == pol) {   // contrast as the strong ink alone measured it
                    contrast += diff[p] & 0xff;
                    strongPx++;
                }
                if (x < x0) x0 = x;
                if (x > x1) x1 = x;
                if (y < y0) y0 = y;
                if (y > y1) y1 = y;
                boolean edge = false;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) { edge = true; continue; }
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= w) { edge = true; continue; }
                        int q = yy * w + xx;
                        if (ink[q] != pol && ink[q] != weak) {
                            if (dx == 0 || dy == 0) edge = true;
                            continue;
                        }
                        if (!seen[q]) {
                            seen[q] = true;
                            stack[sp++] = q;
                        }
                    }
                }
                if (edge) boundary++;
            }
            boolean tooBig = x1 - x0 + 1 > 4 * TextLikeness.MAX_GLYPH || y1 - y0 + 1 > 4 * TextLikeness.MAX_GLYPH;
            if (!tooBig) out.add(new TextLikeness.Glyph(x0, y0, x1 - x0 + 1, y1 - y0 + 1, area, boundary, pol == 1,
                    (double) contrast / strongPx));
        }
        return out;
    }
}
