package veil.audit.sample;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import veil.ocr.detect.Gray8;

/**
 * Where two renderings of the same frame differ (the blacked-out boxes, found without being told): cells of a coarse
 * grid that changed, joined into rectangles by connected component.
 */
final class ChangedRegions {

    static final int CELL = 8;

    private ChangedRegions() { }

    static List<Rectangle> between(Gray8 before, Gray8 after) {
        if (before.width() != after.width() || before.height() != after.height()) return List.of();
        int cw = (before.width() + CELL - 1) / CELL, ch = (before.height() + CELL - 1) / CELL;
        boolean[] changed = new boolean[cw * ch];
        byte[] a = before.pixels(), b = after.pixels();
        for (int y = 0; y < before.height(); y++) {
            int row = y * before.width();
            for (int x = 0; x < before.width(); x++) {
                if (Math.abs((a[row + x] & 0xff) - (b[row + x] & 0xff)) > 24) changed[(y / CELL) * cw + x / CELL] = true;
            }
        }
        List<Rectangle> out = new ArrayList<>();
        boolean[] seen = new boolean[changed.length];
        int[] stack = new int[changed.length];
        for (int i = 0; i < changed.length; i++) {
            if (!changed[i] || seen[i]) continue;
            int top = 0, minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
            stack[top++] = i;
            seen[i] = true;
            while (top > 0) {
                int c = stack[--top], cx = c % cw, cy = c / cw;
                minX = Math.min(minX, cx); maxX = Math.max(maxX, cx); minY = Math.min(minY, cy); maxY = Math.max(maxY, cy);
                for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                    int nx = cx + d[0], ny = cy + d[1];
                    if (nx < 0 || ny < 0 || nx >= cw || ny >= ch) continue;
                    int n = ny * cw + nx;
                    if (changed[n] && !seen[n]) {
                        seen[n] = true;
                        stack[top++] = n;
                    }
                }
            }
            out.add(new Rectangle(minX * CELL, minY * CELL, (maxX - minX + 1) * CELL, (maxY - minY + 1) * CELL)
                    .intersection(new Rectangle(0, 0, before.width(), before.height())));
        }
        return out;
    }
}
