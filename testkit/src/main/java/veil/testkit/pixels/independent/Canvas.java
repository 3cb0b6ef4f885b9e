package veil.testkit.pixels.independent;

/**
 * Frames as display brightness in [0,1] (0 black), one float per sample, interleaved for RGB. Stored values are
 * made from it at the end, so MONOCHROME1 and bit depth never leak into how a scene is drawn.
 */
final class Canvas {

    final int width, height, samples;
    final float[][] frames;

    Canvas(int width, int height, int samples, int frames) {
        this.width = width;
        this.height = height;
        this.samples = samples;
        this.frames = new float[frames][width * height * samples];
    }

    float grey(int frame, int x, int y) {
        int i = (y * width + x) * samples;
        float[] f = frames[frame];
        return samples == 1 ? f[i] : (f[i] + f[i + 1] + f[i + 2]) / 3f;
    }

    /** Mean brightness of a rectangle in one frame (for placing low-contrast ink relative to its surroundings). */
    float mean(int frame, int x0, int y0, int w, int h) {
        double s = 0;
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) { s += grey(frame, x, y); n++; }
        }
        return n == 0 ? 0 : (float) (s / n);
    }

    void fill(int frame, int x0, int y0, int w, int h, float[] rgb) {
        float[] f = frames[frame];
        for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                int i = (y * width + x) * samples;
                for (int c = 0; c < samples; c++) f[i + c] = rgb[Math.min(c, rgb.length - 1)];
            }
        }
    }

    /** Blends ink over the frame with coverage alpha in [0,1]. */
    void blend(int frame, int x, int y, float alpha, float[] ink) {
        if (x < 0 || y < 0 || x >= width || y >= height || alpha <= 0) return;
        int i = (y * width + x) * samples;
        float[] f = frames[frame];
        for (int c = 0; c < samples; c++) f[i + c] = f[i + c] * (1 - alpha) + ink[Math.min(c, ink.length - 1)] * alpha;
    }

    /**
     * Stored values for one frame. Brightness is kept at least one step off the display-black extreme, so the
     * scorer can tell a blackout from content that was already black.
     */
    int[] stored(int frame, int max, boolean monochrome1) {
        float[] f = frames[frame];
        int[] out = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            float b = Math.min(1f, Math.max(0f, f[i]));
            int v = Math.max(1, Math.round(b * max));
            out[i] = monochrome1 ? max - v : v;
        }
        return out;
    }
}
