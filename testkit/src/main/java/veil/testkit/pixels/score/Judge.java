package veil.testkit.pixels.score;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import veil.deid.pixels.PixelOutcome;

/**
 * Scores one cleaning outcome. A pixel is blacked out when, after cleaning, every sample of it holds the
 * display-black extreme (0, or the maximum for MONOCHROME1), which is what a blackout writes; the generators never
 * draw that exact value, so untouched pixels never count. A quarantined image counts as nothing hidden: it is not
 * released, but not cleaned either.
 */
public final class Judge {

    /** Changed pixels within this many px of a truth line are the blackout's margin, not over-redaction elsewhere. */
    public static final int NEAR = 4;

    private Judge() { }

    /**
     * @param before  stored samples per frame as generated (interleaved for colour)
     * @param blackValue the stored value that displays black
     */
    public static ImageResult score(Map<String, String> facets, boolean textFree, int[][] before, int width, int height,
                                    int samplesPerPixel, int blackValue, List<BoxTruth> truth, PixelOutcome out,
                                    long cpuNanos) throws DicomException {
        int[][] after = out instanceof PixelOutcome.Redacted r
                ? samples(r, before.length, width * height * samplesPerPixel, samplesPerPixel) : before;
        int frameLen = width * height * samplesPerPixel;
        boolean failed = out instanceof PixelOutcome.Failed;
        List<BoxResult> boxes = new ArrayList<>();
        long outside = 0, outsideLines = 0, outsideFar = 0;
        for (int f = 0; f < before.length; f++) {
            boolean[] inBox = new boolean[width * height];
            boolean[] inLine = new boolean[width * height];
            boolean[] near = new boolean[width * height];
            for (BoxTruth t : truth) {
                if (f < t.firstFrame() || f > t.lastFrame()) continue;
                Rectangle b = t.box().intersection(new Rectangle(0, 0, width, height));
                long black = 0;
                for (int y = b.y; y < b.y + b.height; y++) {
                    for (int x = b.x; x < b.x + b.width; x++) {
                        int p = y * width + x;
                        inBox[p] = true;
                        if (isBlack(after[f], p, samplesPerPixel, blackValue)) black++;
                    }
                }
                Rectangle l = t.line().intersection(new Rectangle(0, 0, width, height));
                for (int y = l.y; y < l.y + l.height; y++) java.util.Arrays.fill(inLine, y * width + l.x, y * width + l.x + l.width, true);
                Rectangle n = new Rectangle(l.x - NEAR, l.y - NEAR, l.width + 2 * NEAR, l.height + 2 * NEAR)
                        .intersection(new Rectangle(0, 0, width, height));
                for (int y = n.y; y < n.y + n.height; y++) java.util.Arrays.fill(near, y * width + n.x, y * width + n.x + n.width, true);
                double share = failed || b.isEmpty() ? 0 : (double) black / ((long) b.width * b.height);
                boxes.add(new BoxResult(t, f, share));
            }
            for (int p = 0; p < width * height; p++) {
                if (inBox[p]) continue;
                for (int s = 0; s < samplesPerPixel; s++) {
                    if (before[f][p * samplesPerPixel + s] != after[f][p * samplesPerPixel + s]) {
                        outside++;
                        if (!inLine[p]) outsideLines++;
                        if (!near[p]) outsideFar++;
                        break;
                    }
                }
            }
        }
        if (frameLen == 0) throw new DicomException("empty image");
        return new ImageResult(facets, out.getClass().getSimpleName(), textFree, boxes, outside, outsideLines, outsideFar,
                (long) width * height * before.length, cpuNanos);
    }

    private static boolean isBlack(int[] frame, int pixel, int spp, int black) {
        for (int s = 0; s < spp; s++) if (frame[pixel * spp + s] != black) return false;
        return true;
    }

    /** Stored samples per frame from a redaction, interleaved whatever planar configuration it was written with. */
    public static int[][] samples(PixelOutcome.Redacted r, int frames, int frameLen, int spp) throws DicomException {
        Attribute pd = r.pixelData();
        int[] all = new int[frames * frameLen];
        if (pd.getVR()[0] == 'O' && pd.getVR()[1] == 'W') {
            short[] s = pd.getShortValues();
            for (int i = 0; i < all.length; i++) all[i] = s[i] & 0xffff;
        } else {
            byte[] b = pd.getByteValues();
            for (int i = 0; i < all.length; i++) all[i] = b[i] & 0xff;
        }
        AttributeList module = r.pixelModule();
        boolean planar = spp > 1 && Attribute.getSingleIntegerValueOrDefault(module, TagFromName.PlanarConfiguration, 0) == 1;
        int[][] out = new int[frames][frameLen];
        int pixels = frameLen / spp;
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < frameLen; i++) {
                int src = planar ? f * frameLen + (i % spp) * pixels + i / spp : f * frameLen + i;
                out[f][i] = all[src];
            }
        }
        return out;
    }
}
