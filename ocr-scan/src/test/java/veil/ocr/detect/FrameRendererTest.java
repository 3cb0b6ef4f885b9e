package veil.ocr.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table rendering and the direct raster read give what the per-pixel arithmetic and getSamples gave. */
class FrameRendererTest {

    @Test
    void tableRenderingEqualsPerPixelArithmetic() {
        Random rnd = new Random(3);
        int[][] ranges = {{0, 0}, {0, 1}, {0, 255}, {0, 4095}, {-1024, 3071}, {-32768, 32767}, {0, 65535}, {0, 200_000}};
        for (int[] r : ranges) {
            int[] v = new int[64 * 48];
            for (int i = 0; i < v.length; i++) v[i] = r[0] + (int) (rnd.nextDouble() * ((long) r[1] - r[0] + 1));
            v[0] = r[0];
            v[1] = r[1];
            for (boolean inverted : new boolean[] {false, true}) {
                assertThat(FrameRenderer.fromValues(v, 64, 48, inverted).pixels())
                        .as("%d..%d inverted %s", r[0], r[1], inverted).isEqualTo(perPixel(v, inverted));
            }
        }
    }

    @Test
    void directSamplesEqualGetSamples() {
        Random rnd = new Random(5);
        for (int type : new int[] {DataBuffer.TYPE_BYTE, DataBuffer.TYPE_USHORT, DataBuffer.TYPE_SHORT}) {
            WritableRaster wr = Raster.createWritableRaster(new PixelInterleavedSampleModel(type, 37, 23, 1, 37, new int[] {0}), new Point(0, 0));
            for (int y = 0; y < 23; y++) for (int x = 0; x < 37; x++) wr.setSample(x, y, 0, rnd.nextInt(1 << 16));
            assertThat(FrameRenderer.samples(wr)).as("type %d", type).isEqualTo(wr.getSamples(0, 0, 37, 23, 0, (int[]) null));
        }
        // A raster that is a window onto a larger one takes the general path and still reads the window.
        BufferedImage big = new BufferedImage(50, 40, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 40; y++) for (int x = 0; x < 50; x++) big.getRaster().setSample(x, y, 0, x * 1000 + y);
        Raster child = big.getRaster().createChild(10, 5, 20, 10, 0, 0, null);
        assertThat(FrameRenderer.samples(child)).isEqualTo(child.getSamples(0, 0, 20, 10, 0, (int[]) null));
    }

    private static byte[] perPixel(int[] v, boolean inverted) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double range = Math.max(1, max - min);
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            int g = (int) Math.round((v[i] - min) * 255.0 / range);
            out[i] = (byte) (inverted ? 255 - g : g);
        }
        return out;
    }
}
