package veil.bench.ocr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.pixelmed.dicom.AttributeList;
import veil.deid.pixels.PixelOutcome;
import veil.ocr.OcrPixelCleaner;
import veil.testkit.pixels.AccuracyHarness;
import veil.testkit.pixels.ChestSynth;
import veil.testkit.pixels.SynthDicom;
import veil.testkit.pixels.SynthSpec;
import veil.rules.PixelPolicy;

/**
 * Throughput of the full pixel clean (decode, pre-filter, OCR, policy, blackout, verification
 * re-read) on one thread, as images per CPU-second (= per core) and per wall-clock second.
 * Images are generated beforehand and not timed. CPU time is what counts on a shared machine.
 *
 * <p>Run: {@code OMP_THREAD_LIMIT=1 java -cp ... veil.bench.ocr.OcrThroughput [images-per-size]}
 */
public final class OcrThroughput {

    private OcrThroughput() { }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println("| size | images | images/s per core (CPU) | images/s (wall) | CPU ms/image | goal |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        try (OcrPixelCleaner cleaner = new OcrPixelCleaner()) {
            for (int size : new int[]{1024, 2048}) {
                List<SynthSpec> specs = AccuracyHarness.grid(size, new int[]{12, 16, 24, 32, 48}, 500 + size);
                List<AttributeList> inputs = new ArrayList<>();
                for (int i = 0; i < n; i++) inputs.add(SynthDicom.grey(ChestSynth.generate(specs.get(i % specs.size())), "CR"));
                for (int i = 0; i < 2; i++) cleaner.clean(inputs.get(i), PixelPolicy.defaults());
                long cpu0 = mx.getCurrentThreadCpuTime(), wall0 = System.nanoTime();
                int failed = 0;
                for (AttributeList in : inputs) {
                    if (cleaner.clean(in, PixelPolicy.defaults()) instanceof PixelOutcome.Failed) failed++;
                }
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9, wall = (System.nanoTime() - wall0) / 1e9;
                System.out.printf(Locale.ROOT, "| %d² | %d | %.2f | %.2f | %.0f | %s |%n", size, n, n / cpu, n / wall,
                        1000 * cpu / n, size == 1024 ? ">= 4" : ">= 1.5");
                if (failed > 0) System.out.println("(" + failed + " quarantined)");
            }
        }
    }
}
