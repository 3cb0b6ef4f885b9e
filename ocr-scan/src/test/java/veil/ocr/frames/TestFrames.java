package veil.ocr.frames;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import veil.ocr.detect.Gray8;

/** Small frames drawn for unit tests: text on a plain or grainy background, speckle, anatomy-like edges. */
public final class TestFrames {

    private TestFrames() { }

    /** Light text at (x, baseline y) on a dark background with Gaussian grain of {@code sigma} grey levels. */
    public static Gray8 text(int w, int h, String text, int px, int x, int y, int background, int ink, double sigma, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(background, background, background));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(ink, ink, ink));
        g.setFont(new Font("SansSerif", Font.PLAIN, px));
        g.drawString(text, x, y);
        g.dispose();
        byte[] p = ((DataBufferByte) img.getRaster().getDataBuffer()).getData().clone();
        grain(p, sigma, seed);
        return new Gray8(w, h, p);
    }

    public static void grain(byte[] p, double sigma, long seed) {
        if (sigma <= 0) return;
        Random r = new Random(seed);
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) clamp((p[i] & 0xff) + r.nextGaussian() * sigma);
        }
    }

    /**
     * Ultrasound-like speckle: a fan of multiplicative Rayleigh-distributed grains a few pixels across
     * (bright, dense, high contrast), over a dark screen.
     */
    public static Gray8 speckle(int w, int h, long seed) {
        Random r = new Random(seed);
        int cell = 3;
        int gw = w / cell + 2, gh = h / cell + 2;
        double[] f = new double[gw * gh];
        for (int i = 0; i < f.length; i++) {
            double u = Math.max(1e-9, r.nextDouble());
            f[i] = Math.sqrt(-2 * Math.log(u));   // Rayleigh
        }
        byte[] p = new byte[w * h];
        double cx = w / 2.0, top = h * 0.05;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - cx, dy = y - top, rr = Math.hypot(dx, dy);
                double angle = Math.toDegrees(Math.atan2(dx, dy));
                if (dy <= 0 || Math.abs(angle) > 40 || rr > h * 0.92) continue;
                double fx = (x % cell) / (double) cell, fy = (y % cell) / (double) cell;
                int i = (y / cell) * gw + x / cell;
                double v = (f[i] * (1 - fx) + f[i + 1] * fx) * (1 - fy) + (f[i + gw] * (1 - fx) + f[i + gw + 1] * fx) * fy;
                double tissue = 60 + 40 * Math.sin(x / 37.0) * Math.cos(y / 53.0);
                p[y * w + x] = (byte) clamp(tissue * v);
            }
        }
        return new Gray8(w, h, p);
    }

    /** Anatomy-like smooth shapes with sharp edges (ribs, a spine) and film grain. */
    public static Gray8 anatomy(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 20, 20));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(140, 140, 140));
        g.fillOval(w / 8, h / 10, w * 3 / 4, h * 4 / 5);
        g.setColor(new Color(70, 70, 70));
        g.fillOval(w / 5, h / 5, w / 4, h / 2);
        g.fillOval(w * 11 / 20, h / 5, w / 4, h / 2);
        g.setColor(new Color(200, 200, 200));
        g.fillRect(w / 2 - 10, h / 10, 20, h * 4 / 5);
        g.setStroke(new java.awt.BasicStroke(4));
        for (int k = 0; k < 8; k++) g.drawArc(w / 6, h / 6 + k * h / 14, w * 2 / 3, h / 6, 20, 140);
        g.dispose();
        byte[] p = ((DataBufferByte) img.getRaster().getDataBuffer()).getData().clone();
        grain(p, 6, seed);
        return new Gray8(w, h, p);
    }

    public static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Fills a rectangle with a value (a blackout). */
    public static void fill(Gray8 g, Rectangle r, int value) {
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) g.pixels()[y * g.width() + x] = (byte) value;
        }
    }

    /** The bounding box of a frame's non-zero pixels (where {@link #text} on a 0 background drew its glyphs). */
    public static Rectangle inked(Gray8 g) {
        int x0 = g.width(), y0 = g.height(), x1 = -1, y1 = -1;
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                if (g.at(x, y) == 0) continue;
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
            }
        }
        return new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}
