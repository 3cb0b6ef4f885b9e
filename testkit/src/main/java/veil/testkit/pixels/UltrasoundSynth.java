package veil.testkit.pixels;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** Screens the way ultrasound scanners and screen captures burn them: a header band of identifiers over images. */
public final class UltrasoundSynth {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UltrasoundSynth() { }

    /** Interleaved RGB samples of {@code frames} frames of a sector scan with the patient burned into the band. */
    public static byte[] ultrasound(SynthPatient p, int width, int height, int frames, long seed) {
        byte[] all = new byte[width * height * 3 * frames];
        Random rnd = new Random(seed);
        for (int f = 0; f < frames; f++) {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            double cx = width / 2.0, top = height * 0.12;
            // Speckle is grainy, not per-pixel noise: average a coarse random field.
            double[] grain = new double[(width / 3 + 2) * (height / 3 + 2)];
            for (int i = 0; i < grain.length; i++) grain[i] = rnd.nextGaussian();
            int gw = width / 3 + 2;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double dx = x - cx, dy = y - top, r = Math.hypot(dx, dy);
                    double angle = Math.toDegrees(Math.atan2(dx, dy));
                    // Soft sector edges (a few pixels), as scan converters interpolate them.
                    double edge = Math.min(Math.min((35 - Math.abs(angle)) * r / 57.3, r - 30), height * 0.85 - r);
                    if (dy > 0 && edge > 0) {
                        double fx = (x % 3) / 3.0, fy = (y % 3) / 3.0;
                        int i = (y / 3) * gw + x / 3;
                        double g = (grain[i] * (1 - fx) + grain[i + 1] * fx) * (1 - fy)
                                + (grain[i + gw] * (1 - fx) + grain[i + gw + 1] * fx) * fy;
                        double fade = Math.min(1, edge / 8);
                        int v = (int) Math.min(255, Math.max(0, fade * (70 + 5 * g + 25 * (1 - r / height))));
                        img.setRGB(x, y, v << 16 | v << 8 | v);
                    }
                }
            }
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font("SansSerif", Font.PLAIN, 16));
            g.setColor(Color.WHITE);
            g.drawString(p.family() + ", " + p.given(), 10, 22);
            g.drawString("ID " + p.patientId(), 10, 44);
            g.setColor(new Color(230, 220, 90));
            g.drawString(p.studyDate().format(US_DATE), width - 120, 22);
            g.drawString(p.institution(), width - 200, 44);
            g.setColor(Color.LIGHT_GRAY);
            g.drawString("ABDOMEN  5.0 MHz", 10, height - 14);
            g.drawString("L", width - 24, height / 2);
            g.dispose();
            int[] rgb = img.getRGB(0, 0, width, height, null, 0, width);
            int base = f * width * height * 3;
            for (int i = 0; i < rgb.length; i++) {
                all[base + 3 * i] = (byte) (rgb[i] >> 16);
                all[base + 3 * i + 1] = (byte) (rgb[i] >> 8);
                all[base + 3 * i + 2] = (byte) rgb[i];
            }
        }
        return all;
    }

    /** A secondary-capture report screen: dark text on a light page with the identifiers on top. */
    public static byte[] screenCapture(SynthPatient p, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(235, 235, 230));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 40, 40));
        g.setFont(new Font("Serif", Font.PLAIN, 20));
        g.drawString("Patient: " + p.given() + " " + p.family(), 30, 40);
        g.drawString("MRN: " + p.patientId() + "   Acc: " + p.accession(), 30, 70);
        g.drawString("Born: " + p.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE), 30, 100);
        g.setColor(new Color(90, 90, 120));
        g.fillRect(30, 130, width - 60, height - 170);
        g.setColor(new Color(200, 200, 210));
        g.fillOval(width / 2 - 120, 170, 240, height - 260);
        g.dispose();
        int[] rgb = img.getRGB(0, 0, width, height, null, 0, width);
        byte[] out = new byte[rgb.length * 3];
        for (int i = 0; i < rgb.length; i++) {
            out[3 * i] = (byte) (rgb[i] >> 16);
            out[3 * i + 1] = (byte) (rgb[i] >> 8);
            out[3 * i + 2] = (byte) rgb[i];
        }
        return out;
    }
}
