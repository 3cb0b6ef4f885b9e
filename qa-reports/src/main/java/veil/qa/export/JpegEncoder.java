package veil.qa.export;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Baseline 8-bit greyscale JPEG through the JDK's own ImageIO writer (libjpeg-derived, maintained
 * with the JDK) at an explicit quality. Other JPEG writers registered on the class path (PixelMed's
 * imageio plug-ins) are passed over. One encoder per thread: ImageIO writers are not thread-safe.
 */
final class JpegEncoder implements AutoCloseable {
    /** The colour model of TYPE_BYTE_GRAY, shared (immutable). */
    private static final ColorModel GREY = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).getColorModel();

    private final ImageWriter writer;
    private final ImageWriteParam param;

    JpegEncoder(float quality) {
        ImageWriter chosen = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg.")) { chosen = w; break; }
            if (chosen == null) chosen = w;
        }
        if (chosen == null) throw new IllegalStateException("no JPEG writer in this JDK");
        writer = chosen;
        param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
    }

    void write(byte[] grey, int w, int h, OutputStream os) throws IOException {
        // the raster wraps the caller's bytes (no copy); the writer only reads them
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(grey, w * h), w, h, w, 1, new int[] {0}, null);
        BufferedImage img = new BufferedImage(GREY, raster, false, null);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), param);
            writer.reset();
            writer.setOutput(null);
        }
        // reset() drops the parameters' owner but not our param object; quality stays set
    }

    @Override
    public void close() { writer.dispose(); }
}
