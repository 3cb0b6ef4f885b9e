package veil.ocr.verify;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * Verification after blackout with the classical {@link TextLikeness} finder, which shares nothing with the first
 * read (the learned detector and Tesseract): every text-like region it finds in a frame must be accounted for,
 * i.e. lie mostly inside a line the first read found and deliberately kept (an allow-listed marker, or in
 * {@code phi} mode words read and judged not to identify). Whatever is left is unexplained, and so are glyphs that
 * continue a blacked-out line past its end (a line box drawn too short).
 */
public final class IndependentCheck {

    /** A region counts as explained when this share of its area lies inside kept lines. */
    static final double EXPLAINED = 0.5;

    private IndependentCheck() { }

    /** An unexplained text-like region of one frame. */
    /** @param continuesBlackout letters left past the end of a blackout (the rest of a removed line or word) */
    public record Unexplained(int frame, Rectangle box, boolean continuesBlackout) { }

    public static List<Unexplained> unexplained(Gray8 frame, int index, List<Rectangle> blackedOut, List<Rectangle> kept) {
        return unexplained(frame, index, blackedOut, blackedOut.stream().map(LineInk::unmeasured).toList(), kept);
    }

    /**
     * @param lines the blacked-out lines whose ends are searched for left-over letters, with their glyphs' ink as
     *              measured before the blackout (the first read's: regions the check itself found are glyph-tight
     *              already, and following them would walk into speckle)
     */
    public static List<Unexplained> unexplained(Gray8 frame, int index, List<Rectangle> blackedOut, List<LineInk> lines,
                                                List<Rectangle> kept) {
        List<Unexplained> out = new ArrayList<>();
        Pieces ink = TextLikeness.pieces(frame, blackedOut);   // one ink map for the line search and the remnants
        for (Rectangle r : TextLikeness.find(ink)) {
            if (insideShare(r, kept) < EXPLAINED) out.add(new Unexplained(index, r, false));
        }
        // Letters left past the end of a blackout: the line was covered too short.
        for (Rectangle r : TextLikeness.remnants(ink, lines)) {
            if (insideShare(r, kept) < EXPLAINED) out.add(new Unexplained(index, r, true));
        }
        // Faint letters over texture, which no glyph can be told apart from: the band still shifts.
        Masked black = Masked.of(frame.width(), frame.height(), blackedOut, 1);
        for (LineInk l : lines) {
            for (Rectangle r : BandContinuation.beyond(frame, black, l)) {
                if (insideShare(r, kept) < EXPLAINED) out.add(new Unexplained(index, r, true));
            }
        }
        return out;
    }

    static double insideShare(Rectangle r, List<Rectangle> kept) {
        if (kept.isEmpty()) return 0;   // all mode keeps only allow-listed markers: mostly nothing to look through
        long in = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                for (Rectangle k : kept) {
                    if (k.contains(x, y)) {
                        in++;
                        break;
                    }
                }
            }
        }
        return (double) in / Math.max(1L, (long) r.width * r.height);
    }
}
