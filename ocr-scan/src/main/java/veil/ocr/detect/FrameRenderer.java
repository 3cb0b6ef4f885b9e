package veil.ocr.detect;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferShort;
import java.awt.image.DataBufferUShort;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Renders a decoded frame (any bit depth, sign, grey or colour) to 8-bit grey for reading.
 * Grey frames are stretched over their own min/max rather than the VOI window, so text burned in
 * outside the window's range (often the maximum value) is not clipped into the background.
 */
public final class FrameRenderer {

    private FrameRenderer() { }

    /** @param inverted MONOCHROME1: the lowest stored value is displayed white */
    public static Gray8 render(BufferedImage frame, boolean inverted) {
        int w = frame.getWidth(), h = frame.getHeight();
        Raster raster = frame.getRaster();
        if (raster.getNumBands() == 1 && !(frame.getColorModel() instanceof IndexColorModel)) {
            return fromValues(samples(raster), w, h, inverted);
        }
        byte[] out = new byte[w * h];
        int[] rgb = frame.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int lum = (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
            out[i] = (byte) lum;
        }
        return new Gray8(w, h, out);
    }

    /**
     * A single-band raster's samples, as {@link Raster#getSamples} gives them (short data sign-extended, unsigned
     * short and byte data not), read straight from the data array when the raster is a plain row-major one: the
     * general call fetches each sample through the sample model and data buffer.
     */
    public static int[] samples(Raster raster) {
        int w = raster.getWidth(), h = raster.getHeight();
        if (raster.getSampleModel() instanceof ComponentSampleModel sm && sm.getPixelStride() == 1
                && sm.getScanlineStride() == w && sm.getNumBands() == 1 && raster.getMinX() == 0 && raster.getMinY() == 0
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getNumBanks() == 1) {
            int start = raster.getDataBuffer().getOffset() + sm.getBandOffsets()[0];
            int[] v = new int[w * h];
            DataBuffer db = raster.getDataBuffer();
            if (db instanceof DataBufferUShort u && u.getData().length >= start + v.length) {
                short[] d = u.getData();
                for (int i = 0; i < v.length; i++) v[i] = d[start + i] & 0xffff;
                return v;
            }
            if (db instanceof DataBufferShort sh && sh.getData().length >= start + v.length) {
                short[] d = sh.getData();
                for (int i = 0; i < v.length; i++) v[i] = d[start + i];
                return v;
            }
            if (db instanceof DataBufferByte b && b.getData().length >= start + v.length) {
                byte[] d = b.getData();
                for (int i = 0; i < v.length; i++) v[i] = d[start + i] & 0xff;
                return v;
            }
        }
        return raster.getSamples(0, 0, w, h, 0, (int[]) null);
    }

    /** Largest min/max range rendered through a table of every value in it (16-bit data: 64 K entries). */
    static final long MAX_TABLE = 1 << 16;

    /** Stored grey values (already sign-extended) to 8 bits over their min/max. */
    public static Gray8 fromValues(int[] v, int w, int h, boolean inverted) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int x : v) {
            if (x < min) min = x;
            if (x > max) max = x;
        }
        byte[] out = new byte[w * h];
        double range = Math.max(1, max - min);
        if (v.length > 0 && (long) max - min < MAX_TABLE) {
            // Each value's grey level once, by the same arithmetic, instead of once per pixel.
            byte[] lut = new byte[max - min + 1];
            for (int k = 0; k < lut.length; k++) {
                int g = (int) Math.round(k * 255.0 / range);
                lut[k] = (byte) (inverted ? 255 - g : g);
            }
            for (int i = 0; i < v.length; i++) out[i] = lut[v[i] - min];
            return new Gray8(w, h, out);
        }
        for (int i = 0; i < v.length; i++) {
            int g = (int) Math.round((v[i] - min) * 255.0 / range);
            out[i] = (byte) (inverted ? 255 - g : g);
        }
        return new Gray8(w, h, out);
    }
}
