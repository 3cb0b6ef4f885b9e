package veil.ocr.learned;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/** Reading a frame at reduced resolution: area-average downsampling, and boxes mapped back to the frame. */
final class Resample {

    private Resample() { }

    /** The frame resampled by {@code scale} (0 < scale < 1), each output pixel the mean of the source area it covers. */
    static Gray8 down(Gray8 f, double scale) {
        int w = Math.max(1, (int) Math.round(f.width() * scale)), h = Math.max(1, (int) Math.round(f.height() * scale));
        double sx = (double) f.width() / w, sy = (double) f.height() / h;
        byte[] px = f.pixels();
        byte[] out = new byte[w * h];
        int fw = f.width();
        for (int y = 0; y < h; y++) {
            int y0 = (int) (y * sy), y1 = Math.max(y0 + 1, Math.min(f.height(), (int) ((y + 1) * sy)));
            for (int x = 0; x < w; x++) {
                int x0 = (int) (x * sx), x1 = Math.max(x0 + 1, Math.min(fw, (int) ((x + 1) * sx)));
                int sum = 0;
                for (int yy = y0; yy < y1; yy++) for (int xx = x0; xx < x1; xx++) sum += px[yy * fw + xx] & 0xff;
                out[y * w + x] = (byte) (sum / ((y1 - y0) * (x1 - x0)));
            }
        }
        return new Gray8(w, h, out);
    }

    /** Lines found on the resampled frame, in frame coordinates (rounded outwards, clipped to the frame). */
    static List<TextBox> up(List<TextBox> boxes, int width, int height, double fx, double fy) {
        Rectangle frame = new Rectangle(0, 0, width, height);
        List<TextBox> out = new ArrayList<>();
        for (TextBox b : boxes) out.add(new TextBox(up(b.box(), fx, fy, frame), up(b.core(), fx, fy, frame), b.score()));
        return out;
    }

    private static Rectangle up(Rectangle b, double fx, double fy, Rectangle frame) {
        int x0 = (int) Math.floor(b.x * fx), y0 = (int) Math.floor(b.y * fy);
        int x1 = (int) Math.ceil((b.x + b.width) * fx), y1 = (int) Math.ceil((b.y + b.height) * fy);
        return new Rectangle(x0, y0, x1 - x0, y1 - y0).intersection(frame);
    }
}
