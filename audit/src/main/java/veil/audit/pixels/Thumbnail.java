package veil.audit.pixels;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import veil.ocr.detect.Gray8;

/** A small PNG of a frame with boxes drawn in red: for the HTML (as a data URI) and the spot-check sample. */
public final class Thumbnail {

    private Thumbnail() { }

    /** @param boxes in the frame's coordinates; drawn scaled */
    public static byte[] png(Gray8 frame, List<Rectangle> boxes, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(frame.width(), frame.height()));
        int w = Math.max(1, (int) Math.round(frame.width() * scale)), h = Math.max(1, (int) Math.round(frame.height() * scale));
        BufferedImage src = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_GRAY);
        src.getRaster().setDataElements(0, 0, frame.width(), frame.height(), frame.pixels());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
            g.setColor(Color.RED);
            g.setStroke(new BasicStroke(Math.max(1f, w / 160f)));
            for (Rectangle r : boxes) {
                Rectangle s = scaled(r, scale);
                g.drawRect(s.x, s.y, Math.max(1, s.width), Math.max(1, s.height));
            }
        } finally {
            g.dispose();
        }
        return encode(out);
    }

    public static Rectangle scaled(Rectangle r, double scale) {
        return new Rectangle((int) Math.floor(r.x * scale), (int) Math.floor(r.y * scale),
                (int) Math.ceil(r.width * scale), (int) Math.ceil(r.height * scale));
    }

    public static double scaleFor(Gray8 frame, int maxSide) {
        return Math.min(1.0, (double) maxSide / Math.max(frame.width(), frame.height()));
    }

    /** The frame downscaled, without boxes (the review app draws its own). */
    public static byte[] plainPng(Gray8 frame, int maxSide) {
        return png(frame, List.of(), maxSide);
    }

    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static byte[] encode(BufferedImage img) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(img, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
