package veil.bench.ocr;

import java.awt.Rectangle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.learned.LineFinder;
import veil.ocr.learned.PpOcrDetector;
import veil.ocr.learned.TextBox;
import veil.testkit.pixels.AccuracyHarness;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthImage;
import veil.testkit.pixels.SynthSpec;
import veil.testkit.pixels.TruthBox;

/**
 * The learned detector alone on the tuning generator: share of tokens whose box is covered (>= 95%) by
 * the detected lines (joined and tightened, as blacked out), their area outside every token box, CPU per image;
 * plain pass, low-contrast pass, their union and the mixed single pass. Used to choose the combination in ocr-scan/README.md.
 */
public final class DetectorProbe {

    private DetectorProbe() { }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int[] sizes = {12, 16, 20, 24, 32, 48};
        List<SynthSpec> specs = AccuracyHarness.grid(size, sizes, 4242);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        LineFinder.Passes[] variants = {LineFinder.Passes.PLAIN, LineFinder.Passes.LOW_CONTRAST, LineFinder.Passes.BOTH,
                LineFinder.Passes.MIXED};
        int nv = variants.length;
        long[] hit = new long[nv], n = new long[nv], cpu = new long[nv];
        double[] outside = new double[nv];
        try (PpOcrDetector det = new PpOcrDetector()) {
            det.detect(new Gray8(64, 64, new byte[64 * 64]));
            for (SynthSpec spec : specs) {
                SynthImage img = ChestSynth.generate(spec);
                Gray8 frame = DecodedFrames.of(SynthDicom.grey(img, "CR")).render(0);
                long t0 = mx.getCurrentThreadCpuTime();
                List<TextBox> plain = LineFinder.raw(det, frame, LineFinder.Passes.PLAIN, 1.0);
                long t1 = mx.getCurrentThreadCpuTime();
                List<TextBox> low = LineFinder.raw(det, frame, LineFinder.Passes.LOW_CONTRAST, 1.0);
                long t2 = mx.getCurrentThreadCpuTime();
                List<TextBox> mixed = LineFinder.raw(det, frame, LineFinder.Passes.MIXED, 1.0);
                long t3 = mx.getCurrentThreadCpuTime();
                List<TextBox> both = new ArrayList<>(plain);
                both.addAll(low);
                List<List<TextBox>> passes = List.of(plain, low, both, mixed);
                cpu[0] += t1 - t0;
                cpu[1] += t2 - t1;
                cpu[2] += t2 - t0;
                cpu[3] += t3 - t2;
                for (int p = 0; p < nv; p++) {
                    boolean[] cov = coverage(LineFinder.finished(frame, passes.get(p)), frame.width(), frame.height());
                    for (TruthBox t : img.truth()) {
                        if (t.allowMarker()) continue;
                        n[p]++;
                        if (covered(cov, frame.width(), t.box()) >= 0.95) hit[p]++;
                        else if (Boolean.getBoolean("veil.bench.misses")) {
                            System.out.printf("%s missed %s '%s' %.2f%n", variants[p], spec.label(), t.text(), covered(cov, frame.width(), t.box()));
                        }
                    }
                    outside[p] += outsideShare(cov, frame.width(), frame.height(), img.truth());
                }
            }
        }
        System.out.printf("%n| pass (%d², %d images) | token recall | box area outside tokens | CPU ms/image |%n", size, specs.size());
        System.out.println("|---|---:|---:|---:|");
        for (int p = 0; p < nv; p++) {
            System.out.printf(Locale.ROOT, "| %s | %.1f%% | %.2f%% | %.0f |%n", variants[p].name().toLowerCase(Locale.ROOT), 100.0 * hit[p] / n[p],
                    100 * outside[p] / specs.size(), cpu[p] / 1e6 / specs.size());
        }
    }

    static boolean[] coverage(List<?> boxes, int w, int h) {
        boolean[] c = new boolean[w * h];
        for (Object o : boxes) {
            Rectangle box = o instanceof TextBox b ? b.box() : (Rectangle) o;
            Rectangle r = box.intersection(new Rectangle(0, 0, w, h));
            for (int y = r.y; y < r.y + r.height; y++) for (int x = r.x; x < r.x + r.width; x++) c[y * w + x] = true;
        }
        return c;
    }

    static double covered(boolean[] c, int w, Rectangle r) {
        long in = 0, all = 0;
        for (int y = r.y; y < r.y + r.height; y++) for (int x = r.x; x < r.x + r.width; x++) { all++; if (c[y * w + x]) in++; }
        return all == 0 ? 1 : (double) in / all;
    }

    static double outsideShare(boolean[] c, int w, int h, List<TruthBox> truth) {
        boolean[] t = new boolean[w * h];
        for (TruthBox b : truth) {
            Rectangle r = b.box();
            for (int y = r.y; y < r.y + r.height; y++) for (int x = r.x; x < r.x + r.width; x++) t[y * w + x] = true;
        }
        long out = 0;
        for (int i = 0; i < c.length; i++) if (c[i] && !t[i]) out++;
        return (double) out / c.length;
    }
}
