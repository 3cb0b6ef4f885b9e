package veil.testkit.pixels.independent;

import java.util.SplittableRandom;

/**
 * What lies under the text: anatomy-like phantoms, ultrasound speckle and colour maps, drawn by this generator's own
 * code. Each leaves dark margins where devices put annotations, but never the exact black a blackout writes.
 */
public enum Backdrop {
    CHEST, CT_SLICE, US_FAN, US_DOPPLER, SCREEN, PET_CT;

    /** Draws frame {@code frame}; clips move their speckle from frame to frame as real probes do. */
    void paint(Canvas c, int frame, SplittableRandom r) {
        switch (this) {
            case CHEST -> chest(c, frame, r);
            case CT_SLICE -> ct(c, frame, r);
            case US_FAN -> fan(c, frame, r, false);
            case US_DOPPLER -> fan(c, frame, r, true);
            case SCREEN -> screen(c, frame, r);
            case PET_CT -> pet(c, frame, r);
        }
    }

    private static void chest(Canvas c, int frame, SplittableRandom r) {
        int w = c.width, h = c.height;
        double air = 0.04 + 0.05 * r.nextDouble();
        double cx = w * (0.48 + 0.04 * r.nextDouble()), ribPhase = r.nextDouble() * 6;
        float[] f = c.frames[frame];
        for (int y = 0; y < h; y++) {
            double ny = (double) y / h;
            for (int x = 0; x < w; x++) {
                double nx = (x - cx) / w;
                double body = soft(1 - Math.pow(nx / 0.40, 2) - Math.pow((ny - 0.55) / 0.52, 2), 0.08);
                double lungL = soft(1 - Math.pow((nx + 0.15) / 0.12, 2) - Math.pow((ny - 0.48) / 0.28, 2), 0.15);
                double lungR = soft(1 - Math.pow((nx - 0.15) / 0.12, 2) - Math.pow((ny - 0.48) / 0.28, 2), 0.15);
                double spine = soft(1 - Math.pow(nx / 0.035, 2), 0.3) * body;
                double ribs = Math.max(0, Math.sin(ny * 70 + Math.abs(nx) * 18 + ribPhase)) * (lungL + lungR) * 0.12;
                double v = air + body * 0.50 - (lungL + lungR) * 0.26 + spine * 0.25 + ribs;
                f[y * w + x] = (float) v;
            }
        }
        grain(c, frame, r, 0.012);
    }

    private static void ct(Canvas c, int frame, SplittableRandom r) {
        int w = c.width, h = c.height;
        float[] f = c.frames[frame];
        double ax = 0.38 + 0.04 * r.nextDouble(), ay = 0.30 + 0.03 * r.nextDouble();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double nx = (x - w / 2.0) / w, ny = (y - h * 0.52) / h;
                double body = soft(1 - Math.pow(nx / ax, 2) - Math.pow(ny / ay, 2), 0.05);
                double fat = soft(1 - Math.pow(nx / (ax - 0.03), 2) - Math.pow(ny / (ay - 0.03), 2), 0.05);
                double lung = soft(1 - Math.pow((Math.abs(nx) - 0.15) / 0.11, 2) - Math.pow((ny + 0.02) / 0.17, 2), 0.1);
                double bone = soft(1 - Math.pow(nx / 0.045, 2) - Math.pow((ny - 0.19) / 0.04, 2), 0.2);
                double table = Math.abs(ny - 0.35) < 0.006 && Math.abs(nx) < 0.45 ? 0.25 : 0;
                double v = 0.02 + body * 0.30 + fat * 0.14 - lung * 0.38 + bone * 0.5 + table;
                f[y * w + x] = (float) v;
            }
        }
        grain(c, frame, r, 0.01);
    }

    /** A sector of multiplicative speckle; optionally a colour-flow box of red and blue. */
    private static void fan(Canvas c, int frame, SplittableRandom r, boolean doppler) {
        int w = c.width, h = c.height;
        double apexX = w / 2.0, apexY = h * 0.08, radius = h * 0.85, half = Math.toRadians(38);
        float[] f = c.frames[frame];
        int s = c.samples;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - apexX, dy = y - apexY, d = Math.hypot(dx, dy), a = Math.atan2(dx, dy);
                double v = 0.015;
                if (dy > 0 && d < radius && Math.abs(a) < half) {
                    double tissue = 0.22 + 0.12 * Math.sin(d / 37.0 + a * 3) + (Math.abs(d - radius * 0.55) < 8 ? 0.35 : 0);
                    v = tissue * -Math.log(1 - r.nextDouble() * 0.999) * 0.9;   // Rayleigh-like speckle
                }
                int i = (y * w + x) * s;
                for (int k = 0; k < s; k++) f[i + k] = (float) v;
            }
        }
        smooth(c, frame);
        if (doppler && s == 3) {
            int bx = (int) (w * 0.40), by = (int) (h * 0.35), bw = (int) (w * 0.2), bh = (int) (h * 0.2);
            for (int y = by; y < by + bh; y++) {
                for (int x = bx; x < bx + bw; x++) {
                    double flow = Math.sin((x - bx) * 0.09 + frame * 0.5) * Math.cos((y - by) * 0.07);
                    if (Math.abs(flow) < 0.35) continue;
                    int i = (y * w + x) * 3;
                    f[i] = (float) (flow > 0 ? 0.85 : 0.1);
                    f[i + 1] = 0.15f;
                    f[i + 2] = (float) (flow > 0 ? 0.1 : 0.85);
                }
            }
        }
    }

    /** A workstation screen grab: flat panels, a thumbnail of anatomy and a colour bar. */
    private static void screen(Canvas c, int frame, SplittableRandom r) {
        c.fill(frame, 0, 0, c.width, c.height, new float[]{0.10f, 0.12f, 0.16f});
        Canvas inner = new Canvas(c.width * 3 / 5, c.height * 3 / 4, 1, 1);
        chest(inner, 0, r);
        int ox = c.width / 5, oy = c.height / 8;
        for (int y = 0; y < inner.height; y++) {
            for (int x = 0; x < inner.width; x++) {
                float v = inner.frames[0][y * inner.width + x];
                c.blend(frame, ox + x, oy + y, 1f, new float[]{v, v, v});
            }
        }
        for (int y = oy; y < oy + inner.height; y++) {
            float t = (float) (y - oy) / inner.height;
            c.fill(frame, ox + inner.width + 20, y, 14, 1, heat(1 - t, c.samples));
        }
    }

    /** A grey CT slice with hot-colour uptake blobs, as PET/CT fusion displays show. */
    private static void pet(Canvas c, int frame, SplittableRandom r) {
        Canvas grey = new Canvas(c.width, c.height, 1, 1);
        ct(grey, 0, r);
        int blobs = 3 + r.nextInt(4);
        double[][] b = new double[blobs][];
        for (int k = 0; k < blobs; k++) {
            b[k] = new double[]{c.width * (0.3 + 0.4 * r.nextDouble()), c.height * (0.35 + 0.35 * r.nextDouble()),
                    c.width * (0.02 + 0.05 * r.nextDouble()), 0.5 + 0.5 * r.nextDouble()};
        }
        float[] f = c.frames[frame];
        for (int y = 0; y < c.height; y++) {
            for (int x = 0; x < c.width; x++) {
                double u = 0;
                for (double[] q : b) u += q[3] * Math.exp(-(Math.pow(x - q[0], 2) + Math.pow(y - q[1], 2)) / (2 * q[2] * q[2]));
                float g = grey.frames[0][y * c.width + x];
                float[] hot = heat((float) Math.min(1, u), 3);
                double a = Math.min(1, u * 1.5) * 0.7;
                int i = (y * c.width + x) * c.samples;
                for (int k = 0; k < c.samples; k++) f[i + k] = (float) (g * (1 - a) + hot[k] * a);
            }
        }
    }

    static float[] heat(float t, int samples) {
        float[] rgb = {Math.min(1, t * 3), Math.max(0, Math.min(1, t * 3 - 1)), Math.max(0, Math.min(1, t * 3 - 2))};
        if (samples == 1) return new float[]{(rgb[0] + rgb[1] + rgb[2]) / 3};
        return rgb;
    }

    private static double soft(double v, double edge) {
        return Math.max(0, Math.min(1, v / edge));
    }

    private static void grain(Canvas c, int frame, SplittableRandom r, double sigma) {
        float[] f = c.frames[frame];
        for (int i = 0; i < f.length; i++) f[i] += (float) (gauss(r) * sigma);
    }

    /** 3x3 box blur: speckle grains span a few pixels, as an ultrasound beam's resolution makes them. */
    private static void smooth(Canvas c, int frame) {
        float[] f = c.frames[frame], o = f.clone();
        int w = c.width, h = c.height, s = c.samples;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                for (int k = 0; k < s; k++) {
                    float sum = 0;
                    for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) sum += o[((y + dy) * w + x + dx) * s + k];
                    f[(y * w + x) * s + k] = sum / 9;
                }
            }
        }
    }

    static double gauss(SplittableRandom r) {
        double u = Math.max(1e-12, r.nextDouble()), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
