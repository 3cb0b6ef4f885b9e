package veil.testkit.pixels;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates chest-sized grey images with burned-in text at corners and edges, in single lines and
 * multi-line blocks, and records where every token's glyph pixels are.
 */
public final class ChestSynth {

    public static final List<String> FONTS = List.of("SansSerif", "Monospaced", "Serif", "Nimbus Sans Narrow");

    private ChestSynth() { }

    public static SynthImage generate(SynthSpec spec) {
        return generate(spec, true);
    }

    /** The same phantom and background with nothing burned in: a negative control. */
    public static SynthImage blank(SynthSpec spec) {
        return generate(spec, false);
    }

    private static SynthImage generate(SynthSpec spec, boolean withText) {
        Random rnd = new Random(spec.seed());
        int s = spec.size();
        SynthPatient patient = SynthPatient.random(rnd);
        double[] display = Phantom.paint(s, spec.background(), rnd);

        BufferedImage mask = new BufferedImage(s, s, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(new Font(spec.font(), Font.PLAIN, spec.textPx()));
        FontMetrics fm = g.getFontMetrics();

        List<PlacedToken> placed = new ArrayList<>();
        List<Rectangle> labels = new ArrayList<>();
        List<TextLayout.Block> blocks = TextLayout.blocks(patient, rnd);
        if (withText) {
            for (TextLayout.Block block : blocks) placeBlock(block, s, fm, g, placed, labels);
        }
        g.dispose();
        if (spec.shade() == TextShade.BLACK) {
            for (Rectangle r : labels) fill(display, s, r, 0.86);
        }
        byte[] alpha = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        double shade = spec.shade().level;
        for (int i = 0; i < display.length; i++) {
            double a = (alpha[i] & 0xff) / 255.0;
            if (a > 0) display[i] = display[i] * (1 - a) + shade * a;
        }
        if (spec.background() == Background.NOISY) Phantom.addNoise(display, 0.03, rnd);

        int max = (1 << spec.bitsStored()) - 1;
        int[] stored = new int[display.length];
        for (int i = 0; i < display.length; i++) {
            double d = Math.min(1, Math.max(0, display[i]));
            stored[i] = (int) Math.round((spec.monochrome1() ? 1 - d : d) * max);
        }
        int textStored = (int) Math.round((spec.monochrome1() ? 1 - shade : shade) * max);
        List<TruthBox> truth = new ArrayList<>();
        for (PlacedToken t : placed) {
            TruthBox box = truthOf(t, alpha, s);
            if (box != null) truth.add(box);
        }
        return new SynthImage(spec, s, s, stored, textStored, truth, patient);
    }

    private record PlacedToken(TextLayout.Token token, Rectangle area) { }

    private static void placeBlock(TextLayout.Block block, int s, FontMetrics fm, Graphics2D g,
                                   List<PlacedToken> placed, List<Rectangle> labels) {
        int lineH = (int) Math.ceil(fm.getHeight() * 1.1);
        int margin = Math.max(6, s / 60);
        int blockW = 0;
        for (List<TextLayout.Token> line : block.lines()) blockW = Math.max(blockW, fm.stringWidth(TextLayout.join(line)));
        int blockH = lineH * block.lines().size();
        int x0 = switch (block.anchor()) {
            case TOP_LEFT, BOTTOM_LEFT, LEFT_EDGE -> margin;
            case TOP_RIGHT, BOTTOM_RIGHT, RIGHT_EDGE -> s - margin - blockW;
            case TOP_CENTER -> (s - blockW) / 2;
        };
        int y0 = switch (block.anchor()) {
            case TOP_LEFT, TOP_RIGHT, TOP_CENTER -> margin;
            case BOTTOM_LEFT, BOTTOM_RIGHT -> s - margin - blockH;
            case LEFT_EDGE, RIGHT_EDGE -> (s - blockH) / 2;
        };
        int pad = Math.max(3, fm.getHeight() / 4);
        labels.add(new Rectangle(x0 - pad, y0 - pad, blockW + 2 * pad, blockH + 2 * pad));
        for (int li = 0; li < block.lines().size(); li++) {
            List<TextLayout.Token> line = block.lines().get(li);
            boolean right = block.anchor() == TextLayout.Anchor.TOP_RIGHT || block.anchor() == TextLayout.Anchor.BOTTOM_RIGHT
                    || block.anchor() == TextLayout.Anchor.RIGHT_EDGE;
            int x = right ? x0 + blockW - fm.stringWidth(TextLayout.join(line)) : x0;
            int top = y0 + li * lineH;
            int baseline = top + fm.getAscent();
            g.drawString(TextLayout.join(line), x, baseline);
            int cursor = x;
            for (int ti = 0; ti < line.size(); ti++) {
                TextLayout.Token tok = line.get(ti);
                int w = fm.stringWidth(tok.text());
                placed.add(new PlacedToken(tok, new Rectangle(cursor - 2, top, w + 4, lineH)));
                cursor += w + fm.stringWidth(" ");
            }
        }
    }

    private static TruthBox truthOf(PlacedToken t, byte[] alpha, int s) {
        Rectangle a = t.area().intersection(new Rectangle(0, 0, s, s));
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        List<Integer> px = new ArrayList<>();
        for (int y = a.y; y < a.y + a.height; y++) {
            for (int x = a.x; x < a.x + a.width; x++) {
                if ((alpha[y * s + x] & 0xff) >= 128) {
                    px.add(y * s + x);
                    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
                }
            }
        }
        if (px.isEmpty()) return null;
        return new TruthBox(new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1), t.token().text(),
                px.stream().mapToInt(Integer::intValue).toArray(), t.token().phi(), t.token().allowMarker());
    }

    private static void fill(double[] d, int s, Rectangle r, double v) {
        Rectangle c = r.intersection(new Rectangle(0, 0, s, s));
        for (int y = c.y; y < c.y + c.height; y++) {
            for (int x = c.x; x < c.x + c.width; x++) d[y * s + x] = v;
        }
    }
}
