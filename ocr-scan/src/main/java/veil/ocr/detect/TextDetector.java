package veil.ocr.detect;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the words in one rendered frame: pre-filter to candidate regions, then for each region
 * normalise contrast, turn light-on-dark text dark-on-light, upscale small text, and read it.
 */
public final class TextDetector {

    private static final int MARGIN = 10;
    /** Wider sideways: busy tiles can stop short of a word's last letters, and a cut word is misread. */
    private static final int MARGIN_X = 40;

    private TextDetector() { }

    public static List<WordBox> detect(Gray8 frame, int frameIndex, TesseractEngine engine) {
        return detect(frame, frameIndex, engine, List.of());
    }

    /** @param ignore areas already blacked out, not searched for text edges */
    public static List<WordBox> detect(Gray8 frame, int frameIndex, TesseractEngine engine, List<Rectangle> ignore) {
        List<WordBox> words = new ArrayList<>();
        int[] lineBase = {0};
        // Below the region threshold: the end of a word can run onto brighter anatomy and lose contrast.
        InkExtent ink = new InkExtent(frame, Math.max(16, TextRegions.threshold(frame) * 2 / 3));
        for (TextRegions.Region found : TextRegions.find(frame, ignore)) {
            Rectangle region = found.bounds();
            Rectangle crop = new Rectangle(region.x - MARGIN_X, region.y - MARGIN, region.width + 2 * MARGIN_X,
                    region.height + 2 * MARGIN).intersection(new Rectangle(0, 0, frame.width(), frame.height()));
            byte[] raw = cropOf(frame, crop);
            List<WordBox> first = read(engine, stretched(raw, found.lightText()), crop, frameIndex, lineBase, ink);
            words.addAll(first);
            long unexplained = found.busyTiles().stream()
                    .filter(t -> first.stream().noneMatch(wb -> wb.box().intersects(t))).count();
            if (found.mixedPolarity() || unexplained >= 2) {
                // Something text-like was left unread: text crossing a brightness edge, or dark text on a
                // light label. Read again with polarity-free local contrast and keep the new words.
                for (WordBox wb : read(engine, LocalContrast.darkTextOnWhite(raw, crop.width, crop.height), crop,
                        frameIndex, lineBase, ink)) {
                    // New words, or a longer reading of a word the first pass cut short.
                    boolean longer = first.stream().anyMatch(f -> f.box().intersects(wb.box())
                            && wb.text().length() > f.text().length() + 1);
                    if (longer || first.stream().noneMatch(f -> f.box().intersects(wb.box()))) words.add(wb);
                }
            }
        }
        return words;
    }

    /**
     * Reads the words inside one region another detector found (a text line): the crop is contrast-stretched with
     * its polarity decided from the crop itself (text is the minority of pixels, far from the median), then read
     * like a pre-filter region.
     *
     * @param lineBase running line number for this frame (advanced past the lines read here)
     */
    public static List<WordBox> readRegion(Gray8 frame, Rectangle region, int frameIndex, TesseractEngine engine,
                                           int[] lineBases, int lineSlot) {
        int[] lineBase = {lineBases[lineSlot]};
        try {
            return readRegion(frame, region, frameIndex, engine, lineBase);
        } finally {
            lineBases[lineSlot] = lineBase[0];
        }
    }

    /**
     * A second, local read of one short line (a marker the first read doubted): the region with half its height of
     * background round it, polarity from the line's own box and contrast from the crop, read as a single line of text. The words come
     * back with the region as their box: only what they say is wanted. Empty when nothing legible is there.
     */
    public static List<WordBox> readRegionLocally(Gray8 frame, Rectangle region, int frameIndex, TesseractEngine engine) {
        int m = Math.max(4, region.height / 2);
        Rectangle crop = new Rectangle(region.x - m, region.y - m, region.width + 2 * m, region.height + 2 * m)
                .intersection(new Rectangle(0, 0, frame.width(), frame.height()));
        if (crop.width < 4 || crop.height < 4) return List.of();
        // Polarity from the line's own box: the margin round a marker can reach past an edge of the body into
        // the dark outside, which would make light letters on the body look like dark ones.
        Rectangle own = region.intersection(new Rectangle(0, 0, frame.width(), frame.height()));
        if (own.width < 2 || own.height < 2) return List.of();
        byte[] gray = stretched(flattened(cropOf(frame, crop), crop.width, crop.height, Math.max(3, region.height / 2)),
                lightText(cropOf(frame, own)));
        // No BorderBlobs pass: flattening leaves no large dark area, and on an edge of the body its threshold took
        // the letters that cross the edge's dark side for part of one.
        double scale = scaleFor(lineHeight(gray, crop.width, crop.height));
        Prepared p = scale == 1 ? new Prepared(gray, crop.width, crop.height, 1) : upscale(gray, crop.width, crop.height, scale);
        List<WordBox> out = new ArrayList<>();
        for (TesseractEngine.Read r : engine.readLine(p.pixels, p.width, p.height)) {
            if (hasLetterOrDigit(r.text())) out.add(new WordBox(frameIndex, region, r.text(), r.confidence(), 0));
        }
        return out;
    }

    /**
     * The crop less its local mean (a box of {@code radius} round each pixel), around mid-grey: a marker written across
     * an edge of the body (half on the dark outside, half on tissue) comes out as one even line for a single stretch.
     */
    static byte[] flattened(byte[] c, int w, int h, int radius) {
        long[] integral = LocalContrast.integral(c, w, h);
        byte[] out = new byte[c.length];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - radius), y1 = Math.min(h, y + radius + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - radius), x1 = Math.min(w, x + radius + 1);
                double mean = LocalContrast.boxSum(integral, w, x0, y0, x1, y1) / (double) ((x1 - x0) * (y1 - y0));
                out[y * w + x] = (byte) Math.max(0, Math.min(255, Math.round(128 + (c[y * w + x] & 0xff) - mean)));
            }
        }
        return out;
    }

    /** Light text on a darker ground: the bright tail (97th percentile) stands farther from the median than the dark one. */
    private static boolean lightText(byte[] px) {
        int[] hist = new int[256];
        for (byte b : px) hist[b & 0xff]++;
        int lo = TextRegions.percentile(hist, px.length, 0.03), mid = TextRegions.percentile(hist, px.length, 0.5),
                hi = TextRegions.percentile(hist, px.length, 0.97);
        return hi - mid > mid - lo;
    }

    private static List<WordBox> readRegion(Gray8 frame, Rectangle region, int frameIndex, TesseractEngine engine,
                                            int[] lineBase) {
        Rectangle crop = new Rectangle(region.x - 4, region.y - 4, region.width + 8, region.height + 8)
                .intersection(new Rectangle(0, 0, frame.width(), frame.height()));
        if (crop.width < 4 || crop.height < 4) return List.of();
        byte[] raw = cropOf(frame, crop);
        boolean light = lightText(raw);
        InkExtent ink = new InkExtent(frame, Math.max(16, TextRegions.threshold(frame) * 2 / 3));
        return read(engine, stretched(raw, light), crop, frameIndex, lineBase, ink);
    }

    private static List<WordBox> read(TesseractEngine engine, byte[] gray, Rectangle crop, int frameIndex,
                                      int[] lineBase, InkExtent ink) {
        BorderBlobs.clear(gray, crop.width, crop.height);
        double scale = scaleFor(lineHeight(gray, crop.width, crop.height));
        Prepared prepared = scale == 1 ? new Prepared(gray, crop.width, crop.height, 1) : upscale(gray, crop.width, crop.height, scale);
        List<WordBox> out = new ArrayList<>();
        int maxLine = 0;
        for (TesseractEngine.Read r : engine.read(prepared.pixels, prepared.width, prepared.height)) {
            if (!hasLetterOrDigit(r.text())) continue;
            Rectangle b = r.box();
            double s = prepared.scale;
            int x0 = crop.x + (int) Math.floor(b.x / s), y0 = crop.y + (int) Math.floor(b.y / s);
            int x1 = crop.x + (int) Math.ceil((b.x + b.width) / s), y1 = crop.y + (int) Math.ceil((b.y + b.height) / s);
            Rectangle inFrame = new Rectangle(x0, y0, x1 - x0, y1 - y0);
            if (implausible(inFrame, r.text()) || looksLikeTexture(r)) continue;
            Rectangle wide = ink.widen(inFrame);
            String text = r.text();
            if (wide.width > inFrame.width * 1.3) text = reread(engine, gray, crop, wide, text);
            out.add(new WordBox(frameIndex, wide, text, r.confidence(), lineBase[0] + r.line()));
            maxLine = Math.max(maxLine, r.line());
        }
        lineBase[0] += maxLine + 1;
        return out;
    }

    /**
     * Reads a widened word on its own: when Tesseract read only part of a word, the whole word
     * read alone usually comes out right, which matters for matching identifiers.
     */
    private static String reread(TesseractEngine engine, byte[] gray, Rectangle crop, Rectangle word, String fallback) {
        int m = Math.max(4, word.height / 2);
        Rectangle r = new Rectangle(word.x - crop.x - m, word.y - crop.y - m, word.width + 2 * m, word.height + 2 * m)
                .intersection(new Rectangle(0, 0, crop.width, crop.height));
        if (r.isEmpty()) return fallback;
        byte[] sub = new byte[r.width * r.height];
        for (int y = 0; y < r.height; y++) System.arraycopy(gray, (r.y + y) * crop.width + r.x, sub, y * r.width, r.width);
        double scale = scaleFor(word.height);
        Prepared p = scale == 1 ? new Prepared(sub, r.width, r.height, 1) : upscale(sub, r.width, r.height, scale);
        StringBuilder b = new StringBuilder();
        for (TesseractEngine.Read w : engine.read(p.pixels, p.width, p.height)) {
            if (b.length() > 0) b.append(' ');
            b.append(w.text());
        }
        return b.length() > 0 ? b.toString() : fallback;
    }

    private static byte[] cropOf(Gray8 frame, Rectangle crop) {
        byte[] c = new byte[crop.width * crop.height];
        for (int y = 0; y < crop.height; y++) {
            System.arraycopy(frame.pixels(), (crop.y + y) * frame.width() + crop.x, c, y * crop.width, crop.width);
        }
        return c;
    }

    /** Contrast stretch over the crop's 1st..99th percentile, inverted for light text. */
    private static byte[] stretched(byte[] c, boolean lightText) {
        int[] hist = new int[256];
        for (byte b : c) hist[b & 0xff]++;
        int lo = TextRegions.percentile(hist, c.length, 0.01), hi = TextRegions.percentile(hist, c.length, 0.99);
        double span = Math.max(1, hi - lo);
        byte[] lut = new byte[256];
        for (int v = 0; v < 256; v++) {
            int g = (int) Math.round(Math.min(255, Math.max(0, (v - lo) * 255.0 / span)));
            lut[v] = (byte) (lightText ? 255 - g : g);
        }
        byte[] out = new byte[c.length];
        for (int i = 0; i < c.length; i++) out[i] = lut[c[i] & 0xff];
        return out;
    }

    /**
     * Texture (speckle, grain) read as letters comes back as flat slivers: a box a few pixels high
     * or glyphs far wider than tall. Real glyphs are never that shape.
     */
    static boolean implausible(Rectangle b, String text) {
        int chars = Math.max(1, text.codePointCount(0, text.length()));
        return b.height < 5 || b.width > chars * 3L * b.height;
    }

    /**
     * Grain read as text gives short, low-confidence, mostly lower-case letter strings ("ae", "Pt").
     * Burned-in identifiers are digits, capitals or longer names, so these are dropped.
     */
    static boolean looksLikeTexture(TesseractEngine.Read r) {
        String t = r.text();
        return r.confidence() < 60 && t.length() <= 3 && t.chars().noneMatch(Character::isDigit)
                && !t.equals(t.toUpperCase(java.util.Locale.ROOT));
    }

    static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private record Prepared(byte[] pixels, int width, int height, double scale) { }

    /** Tesseract reads best when capitals are 20-40 px tall. */
    static double scaleFor(int lineHeight) {
        if (lineHeight <= 0) return 1;
        if (lineHeight < 10) return 3;
        if (lineHeight < 20) return 2;
        return 1;
    }

    /** Median height of runs of rows holding dark (text) pixels, after normalisation. */
    static int lineHeight(byte[] c, int w, int h) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (int y = 0; y < h; y++) {
            int dark = 0;
            for (int x = 0; x < w; x++) if ((c[y * w + x] & 0xff) < 100) dark++;
            if (dark >= 2 && dark < w * 0.9) run++;
            else if (run > 0) { runs.add(run); run = 0; }
        }
        if (run > 0) runs.add(run);
        if (runs.isEmpty()) return 0;
        int[] r = runs.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(r);
        return r[r.length / 2];
    }

    private static Prepared upscale(byte[] c, int w, int h, double scale) {
        BufferedImage src = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(c, 0, ((DataBufferByte) src.getRaster().getDataBuffer()).getData(), 0, c.length);
        int sw = (int) Math.round(w * scale), sh = (int) Math.round(h * scale);
        BufferedImage dst = new BufferedImage(sw, sh, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, sw, sh, null);
        g.dispose();
        return new Prepared(((DataBufferByte) dst.getRaster().getDataBuffer()).getData(), sw, sh, scale);
    }
}
