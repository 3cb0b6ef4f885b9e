package veil.ocr.multiframe;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * Multi-frame clips: burned-in banners are static while the image under them moves, so text is found once on the
 * per-pixel temporal median of the frames, and a frame is searched on its own only when its pixels inside the
 * banner boxes differ from the median (the banner changed mid-clip: a new time, a new label).
 */
public final class StaticBanner {

    /** Mean absolute grey difference inside a box that means its text changed (render noise stays under 2). */
    static final double CHANGED = 6.0;
    /** Frames sampled for the median: enough to outvote moving content, few enough to stay fast. */
    static final int MAX_SAMPLES = 15;

    private StaticBanner() { }

    public static Gray8 median(List<Gray8> frames) {
        Gray8 first = frames.get(0);
        int n = Math.min(frames.size(), MAX_SAMPLES);
        int[] pick = new int[n];
        for (int k = 0; k < n; k++) pick[k] = (int) ((long) k * frames.size() / n);
        byte[] out = new byte[first.pixels().length];
        int[] v = new int[n];
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < n; k++) v[k] = frames.get(pick[k]).pixels()[i] & 0xff;
            Arrays.sort(v);
            out[i] = (byte) v[n / 2];
        }
        return new Gray8(first.width(), first.height(), out);
    }

    /** Frames whose content inside any of the boxes differs from the median's. */
    public static List<Integer> changedFrames(List<Gray8> frames, Gray8 median, List<Rectangle> boxes) {
        List<Integer> out = new ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            for (Rectangle b : boxes) {
                if (meanDifference(frames.get(f), median, b) > CHANGED) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    static double meanDifference(Gray8 a, Gray8 b, Rectangle box) {
        Rectangle r = box.intersection(new Rectangle(0, 0, a.width(), a.height()));
        if (r.isEmpty()) return 0;
        long sum = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) sum += Math.abs(a.at(x, y) - b.at(x, y));
        }
        return (double) sum / ((long) r.width * r.height);
    }
}
