package veil.ocr.decode;

import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

/**
 * Image I/O reader for one JPEG-LS frame, decoded by CharLS. Grey frames come back as 8- or 16-bit single-band
 * images, colour as pixel-interleaved RGB bytes: the forms PixelMed copies stored values from unchanged.
 */
public final class JpegLsReader extends ImageReader {

    private CharLs.Decoded decoded;

    JpegLsReader(JpegLsReaderSpi spi) {
        super(spi);
    }

    @Override
    public void setInput(Object input, boolean seekForwardOnly, boolean ignoreMetadata) {
        super.setInput(input, seekForwardOnly, ignoreMetadata);
        decoded = null;
    }

    private CharLs.Decoded decoded() throws IOException {
        if (decoded == null) {
            if (!(input instanceof ImageInputStream in)) throw new IllegalStateException("no input");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) bytes.write(buf, 0, n);
            decoded = CharLs.decode(bytes.toByteArray());
        }
        return decoded;
    }

    @Override
    public int getNumImages(boolean allowSearch) {
        return 1;
    }

    @Override
    public int getWidth(int imageIndex) throws IOException {
        return decoded().width();
    }

    @Override
    public int getHeight(int imageIndex) throws IOException {
        return decoded().height();
    }

    @Override
    public Iterator<ImageTypeSpecifier> getImageTypes(int imageIndex) throws IOException {
        return List.of(new ImageTypeSpecifier(image(decoded()))).iterator();
    }

    @Override
    public IIOMetadata getStreamMetadata() {
        return null;
    }

    @Override
    public IIOMetadata getImageMetadata(int imageIndex) {
        return null;
    }

    @Override
    public BufferedImage read(int imageIndex, ImageReadParam param) throws IOException {
        if (imageIndex != 0) throw new IndexOutOfBoundsException("one frame per JPEG-LS stream");
        return image(decoded());
    }

    static BufferedImage image(CharLs.Decoded d) throws IOException {
        int w = d.width(), h = d.height(), c = d.components();
        if (c != 1 && c != 3) throw new IOException("JPEG-LS with " + c + " components is not supported");
        int[] offsets = c == 1 ? new int[]{0} : new int[]{0, 1, 2};
        DataBuffer buffer;
        int type;
        if (d.bytesPerSample() == 1) {
            buffer = new DataBufferByte(d.samples(), d.samples().length);
            type = DataBuffer.TYPE_BYTE;
        } else {
            short[] s = new short[w * h * c];
            byte[] b = d.samples();
            for (int i = 0; i < s.length; i++) s[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8);
            buffer = new DataBufferUShort(s, s.length);
            type = DataBuffer.TYPE_USHORT;
        }
        WritableRaster raster = Raster.createWritableRaster(
                new PixelInterleavedSampleModel(type, w, h, c, w * c, offsets), buffer, new Point(0, 0));
        ColorSpace cs = ColorSpace.getInstance(c == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        int[] bits = new int[c];
        java.util.Arrays.fill(bits, d.bytesPerSample() * 8);
        ComponentColorModel cm = new ComponentColorModel(cs, bits, false, false, Transparency.OPAQUE, type);
        return new BufferedImage(cm, raster, false, null);
    }
}
