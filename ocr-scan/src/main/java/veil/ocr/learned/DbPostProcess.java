package veil.ocr.learned;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the detector's text probability map into boxes, as PaddleOCR's DB post-processing does:
 * threshold 0.3, connected components, keep a component when its mean probability is at least 0.5,
 * then grow its box by {@code area * 2.0 / perimeter} on every side (the model predicts a shrunk text core).
 * Boxes are axis-aligned: they are blacked out as rectangles.
 */
final class DbPostProcess {

    static final float THRESHOLD = 0.3f;
    static final double MIN_SCORE = 0.5;
    static final double UNCLIP = 2.0;
    static final int MIN_SIDE = 3;

    private DbPostProcess() { }

    static List<TextBox> boxes(float[] prob, int width, int height) {
        return boxes(prob, width, height, MIN_SCORE);
    }

    static List<TextBox> boxes(float[] prob, int width, int height, double minScore) {
        int[] label = new int[width * height];
        int[] stack = new int[width * height];
        List<TextBox> out = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < prob.length; start++) {
            if (prob[start] <= THRESHOLD || label[start] != 0) continue;
            next++;
            int sp = 0;
            stack[sp++] = start;
            label[start] = next;
            int x0 = width, y0 = height, x1 = -1, y1 = -1;
            double sum = 0;
            int n = 0;
            while (sp > 0) {
                int p = stack[--sp];
                int x = p % width, y = p / width;
                sum += prob[p];
                n++;
                if (x < x0) x0 = x;
                if (x > x1) x1 = x;
                if (y < y0) y0 = y;
                if (y > y1) y1 = y;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= height) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= width) continue;
                        int q = yy * width + xx;
                        if (label[q] == 0 && prob[q] > THRESHOLD) {
                            label[q] = next;
                            stack[sp++] = q;
                        }
                    }
                }
            }
            int w = x1 - x0 + 1, h = y1 - y0 + 1;
            if (Math.min(w, h) < MIN_SIDE) continue;
            double score = sum / n;
            if (score < minScore) continue;
            int d = (int) Math.round((double) w * h * UNCLIP / (2.0 * (w + h)));
            Rectangle r = new Rectangle(x0 - d, y0 - d, w + 2 * d, h + 2 * d)
                    .intersection(new Rectangle(0, 0, width, height));
            out.add(new TextBox(r, new Rectangle(x0, y0, w, h), score));
        }
        return out;
    }
}
