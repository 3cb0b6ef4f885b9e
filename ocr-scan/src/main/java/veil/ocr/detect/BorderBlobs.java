package veil.ocr.detect;

/**
 * Whitens large dark areas that touch the crop's edge. Dark text on a light label inside a dark
 * image otherwise reaches Tesseract as a hole in a big black shape, which its layout analysis
 * takes for a picture and does not read. Glyphs are small, so they survive.
 */
final class BorderBlobs {

    private static final double MIN_SHARE = 0.04;

    private BorderBlobs() { }

    static void clear(byte[] g, int w, int h) {
        int threshold = otsu(g);
        boolean[] seen = new boolean[g.length];
        int[] stack = new int[g.length];
        for (int i = 0; i < g.length; i++) {
            int x = i % w, y = i / w;
            boolean border = x == 0 || y == 0 || x == w - 1 || y == h - 1;
            if (!border || seen[i] || (g[i] & 0xff) > threshold) continue;
            int sp = 0, n = 0;
            stack[sp++] = i;
            seen[i] = true;
            java.util.ArrayList<Integer> comp = new java.util.ArrayList<>();
            while (sp > 0) {
                int j = stack[--sp];
                comp.add(j);
                n++;
                int jx = j % w;
                if (jx > 0) sp = push(g, seen, stack, sp, j - 1, threshold);
                if (jx < w - 1) sp = push(g, seen, stack, sp, j + 1, threshold);
                if (j >= w) sp = push(g, seen, stack, sp, j - w, threshold);
                if (j < g.length - w) sp = push(g, seen, stack, sp, j + w, threshold);
            }
            if (n >= MIN_SHARE * g.length) {
                for (int j : comp) g[j] = (byte) 255;
            }
        }
    }

    private static int push(byte[] g, boolean[] seen, int[] stack, int sp, int j, int threshold) {
        if (!seen[j] && (g[j] & 0xff) <= threshold) {
            seen[j] = true;
            stack[sp++] = j;
        }
        return sp;
    }

    static int otsu(byte[] g) {
        int[] hist = new int[256];
        for (byte b : g) hist[b & 0xff]++;
        long total = g.length, sumAll = 0;
        for (int i = 0; i < 256; i++) sumAll += (long) i * hist[i];
        long wB = 0, sumB = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (long) t * hist[t];
            double mB = (double) sumB / wB, mF = (double) (sumAll - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) { best = between; threshold = t; }
        }
        return threshold;
    }
}
