package veil.testkit.pixels.independent;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of text as an anti-aliased coverage mask, with which pixel belongs to which item, so each item's truth box
 * is the tight box around its own ink (also after turning the line 90 degrees).
 */
final class Lettering {

    /** A piece of a line: one truth item. Pieces are joined by single spaces. */
    record Piece(String text, Kind kind) { }

    /** Coverage at or above this (of 255) is ink for the truth box; fainter anti-aliasing fringes are not. */
    private static final int INK = 80;

    final int width, height;
    private final byte[] cover;
    private final byte[] owner;   // index of the piece that drew the pixel, -1 for none
    private final List<Piece> pieces;

    private Lettering(int width, int height, byte[] cover, byte[] owner, List<Piece> pieces) {
        this.width = width;
        this.height = height;
        this.cover = cover;
        this.owner = owner;
        this.pieces = pieces;
    }

    static Lettering of(List<Piece> pieces, Font face, int px) {
        Font font = face.deriveFont((float) px);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics m = pg.getFontMetrics(font);
        pg.dispose();
        StringBuilder line = new StringBuilder();
        int[] from = new int[pieces.size()], to = new int[pieces.size()];
        int pad = Math.max(2, px / 4);
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) line.append(' ');
            from[i] = pad + m.stringWidth(line.toString());
            line.append(pieces.get(i).text());
            to[i] = pad + m.stringWidth(line.toString());
        }
        int w = to[pieces.size() - 1] + 2 * pad, h = m.getAscent() + m.getDescent() + 2 * pad;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(font);
        g.setColor(java.awt.Color.WHITE);
        g.drawString(line.toString(), pad, pad + m.getAscent());
        g.dispose();
        byte[] cover = new byte[w * h], owner = new byte[w * h];
        img.getRaster().getDataElements(0, 0, w, h, cover);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                byte o = -1;
                for (int i = 0; i < pieces.size(); i++) {
                    // an italic glyph can lean a few pixels past its advance: the nearest piece owns it
                    if (x >= from[i] - pad / 2 && x < to[i] + pad / 2) { o = (byte) i; break; }
                }
                owner[y * w + x] = o;
            }
        }
        return new Lettering(w, h, cover, owner, List.copyOf(pieces));
    }

    /** The same line turned 90 degrees: clockwise reads top to bottom (right edge), else bottom to top (left edge). */
    Lettering turned(boolean clockwise) {
        int nw = height, nh = width;
        byte[] c = new byte[cover.length], o = new byte[owner.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int nx = clockwise ? height - 1 - y : y, ny = clockwise ? x : width - 1 - x;
                c[ny * nw + nx] = cover[y * width + x];
                o[ny * nw + nx] = owner[y * width + x];
            }
        }
        return new Lettering(nw, nh, c, o, pieces);
    }

    /** Draws the line with its top-left at (x0, y0) into frames first..last and returns one truth per piece with ink. */
    List<Truth> stamp(Canvas canvas, int x0, int y0, float[] ink, int px, Style style, int first, int last) {
        for (int f = first; f <= last; f++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int a = cover[y * width + x] & 0xff;
                    if (a > 0) canvas.blend(f, x0 + x, y0 + y, a / 255f, ink);
                }
            }
        }
        int n = pieces.size();
        int[] minX = new int[n], minY = new int[n], maxX = new int[n], maxY = new int[n];
        java.util.Arrays.fill(minX, Integer.MAX_VALUE);
        java.util.Arrays.fill(minY, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxX, -1);
        java.util.Arrays.fill(maxY, -1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = owner[y * width + x];
                if (i < 0 || (cover[y * width + x] & 0xff) < INK) continue;
                int gx = x0 + x, gy = y0 + y;
                if (gx < 0 || gy < 0 || gx >= canvas.width || gy >= canvas.height) continue;
                minX[i] = Math.min(minX[i], gx); maxX[i] = Math.max(maxX[i], gx);
                minY[i] = Math.min(minY[i], gy); maxY[i] = Math.max(maxY[i], gy);
            }
        }
        List<Rectangle> boxes = new ArrayList<>();
        Rectangle line = null;
        for (int i = 0; i < n; i++) {
            if (maxX[i] < 0) { boxes.add(null); continue; }
            Rectangle box = new Rectangle(minX[i], minY[i], maxX[i] - minX[i] + 1, maxY[i] - minY[i] + 1);
            boxes.add(box);
            line = line == null ? new Rectangle(box) : line.union(box);
        }
        List<Truth> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (boxes.get(i) == null) continue;
            out.add(new Truth(pieces.get(i).text(), pieces.get(i).kind(), boxes.get(i), line, px, style, first, last));
        }
        return out;
    }
}
