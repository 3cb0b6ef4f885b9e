package veil.audit.pixels;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import veil.ocr.detect.Gray8;

/** PNG and JPEG files (releases such as MIMIC-CXR-JPG): read as grey for the same text detector. */
public final class PlainImages {

    private PlainImages() { }

    public static boolean isPlainImage(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    /** @return the image as grey, or null when it cannot be decoded */
    public static Gray8 read(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) return null;
        return gray(img);
    }

    public static Gray8 gray(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        BufferedImage g = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        var gr = g.createGraphics();
        try {
            gr.drawImage(img, 0, 0, null);
        } finally {
            gr.dispose();
        }
        byte[] px = new byte[w * h];
        g.getRaster().getDataElements(0, 0, w, h, px);
        return new Gray8(w, h, px);
    }
}
