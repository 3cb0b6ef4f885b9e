package veil.bench.ocr;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import veil.ocr.detect.DecodedFrames;
import veil.ocr.detect.Gray8;
import veil.ocr.learned.PpOcrDetector;
import veil.testkit.pixels.AccuracyHarness;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthSpec;

/**
 * One detector pass under different ONNX Runtime session options (optimisation level, memory pattern, arena,
 * denormals as zero): CPU per pass on one thread, after one warm-up pass per session.
 *
 * <p>Run: {@code ./veil bench ocr-probe OrtOptions [size=1024] [passes=4]}
 */
public final class OrtOptions {

    private OrtOptions() { }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<SynthSpec> specs = AccuracyHarness.grid(size, new int[]{16, 24, 32}, 77);
        List<Gray8> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) frames.add(DecodedFrames.of(SynthDicom.grey(ChestSynth.generate(specs.get(i % specs.size())), "CR")).render(0));
        List<PpOcrDetector.Settings> settings = List.of(
                PpOcrDetector.Settings.DEFAULT,
                new PpOcrDetector.Settings(OptLevel.ALL_OPT, true, true, false, true, 1),
                new PpOcrDetector.Settings(OptLevel.ALL_OPT, true, true, false, false, 2),
                new PpOcrDetector.Settings(OptLevel.ALL_OPT, true, true, false, true, 2),
                new PpOcrDetector.Settings(OptLevel.EXTENDED_OPT, true, true, false),
                new PpOcrDetector.Settings(OptLevel.BASIC_OPT, true, true, false),
                new PpOcrDetector.Settings(OptLevel.ALL_OPT, false, true, false),
                new PpOcrDetector.Settings(OptLevel.ALL_OPT, true, false, false),
                new PpOcrDetector.Settings(OptLevel.ALL_OPT, true, true, true));
        System.out.printf("%n| session options (%d², %d passes each) | CPU ms/pass (thread) | process CPU ms/pass (all threads) | session creation ms |%n", size, n);
        System.out.println("|---|---:|---:|---:|");
        for (PpOcrDetector.Settings s : settings) {
            long c0 = mx.getCurrentThreadCpuTime();
            try (PpOcrDetector d = new PpOcrDetector(s)) {
                long c1 = mx.getCurrentThreadCpuTime();
                d.detect(frames.get(0));
                long p0 = os.getProcessCpuTime();
                long t0 = mx.getCurrentThreadCpuTime();
                for (Gray8 f : frames) d.detect(f);
                long t1 = mx.getCurrentThreadCpuTime();
                long p1 = os.getProcessCpuTime();
                System.out.printf(Locale.ROOT, "| %s, memory pattern %s, arena %s, denormal as zero %s, spinning %s, %d intra-op thread(s) | %.0f | %.0f | %.0f |%n",
                        s.level(), s.memoryPattern(), s.arena(), s.denormalAsZero(), s.spinning(), s.threads(), (t1 - t0) / 1e6 / n,
                        (p1 - p0) / 1e6 / n, (c1 - c0) / 1e6);
            }
        }
    }
}
