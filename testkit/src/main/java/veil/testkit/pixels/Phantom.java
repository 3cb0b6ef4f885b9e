package veil.testkit.pixels;

import java.util.Random;

/** A smooth chest-radiograph-like field in display space (0 black .. 1 white): body, lungs, spine. */
final class Phantom {

    private Phantom() { }

    static double[] paint(int size, Background background, Random rnd) {
        double[] d = new double[size * size];
        double air = background == Background.GRADIENT ? 0.0 : 0.06 + 0.06 * rnd.nextDouble();
        double tiltX = rnd.nextDouble() * 0.35, tiltY = rnd.nextDouble() * 0.2;
        for (int y = 0; y < size; y++) {
            double v = (double) y / size;
            for (int x = 0; x < size; x++) {
                double u = (double) x / size;
                double body = soft(ellipse(u, v, 0.5, 0.56, 0.38, 0.46), 0.04);
                double lungL = soft(ellipse(u, v, 0.34, 0.50, 0.13, 0.28), 0.05);
                double lungR = soft(ellipse(u, v, 0.66, 0.50, 0.13, 0.28), 0.05);
                double spine = soft(Math.abs(u - 0.5) / 0.05, 0.6);
                double val = air + body * (0.55 - air) - (lungL + lungR) * 0.28 + spine * body * 0.2;
                if (background == Background.GRADIENT) val += tiltX * u + tiltY * v;
                d[y * size + x] = val;
            }
        }
        return d;
    }

    static void addNoise(double[] d, double sigma, Random rnd) {
        for (int i = 0; i < d.length; i++) d[i] += sigma * rnd.nextGaussian();
    }

    private static double ellipse(double u, double v, double cx, double cy, double rx, double ry) {
        double a = (u - cx) / rx, b = (v - cy) / ry;
        return Math.sqrt(a * a + b * b);
    }

    /** 1 inside (r < 1), 0 outside, with a smooth edge of the given width. */
    private static double soft(double r, double width) {
        double t = (r - (1 - width)) / (2 * width);
        if (t <= 0) return 1;
        if (t >= 1) return 0;
        return 1 - t * t * (3 - 2 * t);
    }
}
