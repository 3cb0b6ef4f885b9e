package veil.ocr.review;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import veil.ocr.detect.Gray8;

/**
 * Writes before/after PNG thumbnails. The "before" image still shows the burned-in text (boxes
 * outlined in red): it is review material for the secure environment, never for release. Files are
 * named from a hash of the SOP Instance UID, so names carry no identifier.
 */
public final class Thumbnails implements ReviewSink {

    private final Path dir;
    private final int maxSide;

    public Thumbnails(Path dir, int maxSide) {
        this.dir = dir;
        this.maxSide = maxSide;
    }

    @Override
    public void redacted(AttributeList original, Gray8 before, List<Rectangle> boxes, Gray8 after) {
        String name = nameFor(Attribute.getSingleStringValueOrEmptyString(original, TagFromName.SOPInstanceUID));
        write(before, boxes, dir.resolve(name + "-before.png"));
        write(after, List.of(), dir.resolve(name + "-after.png"));
    }

    public static String nameFor(String uid) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(uid.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(Gray8 img, List<Rectangle> boxes, Path out) {
        double s = Math.min(1.0, (double) maxSide / Math.max(img.width(), img.height()));
        int w = Math.max(1, (int) Math.round(img.width() * s)), h = Math.max(1, (int) Math.round(img.height() * s));
        BufferedImage src = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(img.pixels(), 0, ((DataBufferByte) src.getRaster().getDataBuffer()).getData(), 0, img.pixels().length);
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.setColor(Color.RED);
        g.setStroke(new BasicStroke(2));
        for (Rectangle r : boxes) {
            g.drawRect((int) (r.x * s), (int) (r.y * s), (int) Math.ceil(r.width * s), (int) Math.ceil(r.height * s));
        }
        g.dispose();
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            ImageIO.write(dst, "png", tmp.toFile());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
