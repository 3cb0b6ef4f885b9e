package veil.bench.qa;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import veil.qa.QaReports;
import veil.testkit.qa.SyntheticManifests;
import veil.qa.manifest.ManifestLoader;
import veil.qa.stats.QaOptions;

/**
 * {@code veil qa} at scale: writes a ChestX-ray14-like manifest of 1,000,000 rows (2020 layout,
 * 11 values under 9 header names, heavy-tailed patients, split lists with leakage), then times
 * reading it, computing the figures, and writing JSON and the HTML datasheet. Target: under 20 s
 * with at most 2 GB of heap, so run with {@code -Xmx2g}.
 *
 * <pre>java -Xmx2g -cp ... veil.bench.qa.QaBenchmark [rows] [work-dir]</pre>
 *
 * Exits 1 when the time exceeds 20 s.
 */
public final class QaBenchmark {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("veil-qa-bench");
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "veil qa benchmark: %,d rows, max heap %,d MB, %d cores%n", rows, maxHeap >> 20,
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        SyntheticManifests.Generated g = SyntheticManifests.cxr14(dir.resolve("cxr14"), rows, 2017);
        System.out.printf(Locale.ROOT, "generated %,d images of %,d patients (%,d leaked) in %.1f s, %,d MB on disk%n",
                g.images(), g.patients(), g.leakedPatients(), (System.nanoTime() - t0) / 1e9, Files.size(g.input()) >> 20);
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();

        long t1 = System.nanoTime();
        QaReports.Result r = QaReports.run(new QaReports.Request(ManifestLoader.Request.of(g.input()), QaOptions.defaults(),
                dir.resolve("qa.json"), dir.resolve("datasheet.html"), null, null));
        double seconds = (System.nanoTime() - t1) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.out.printf(Locale.ROOT, "steps (ms): %s%n", r.millis());
        System.out.printf(Locale.ROOT, "total: %.2f s for %,d rows to JSON (%,d KB) and HTML (%,d KB); peak heap (sum of pool peaks) %,d MB%n",
                seconds, r.dataset().size(), Files.size(dir.resolve("qa.json")) >> 10, Files.size(dir.resolve("datasheet.html")) >> 10,
                peak >> 20);
        System.out.printf(Locale.ROOT, "counts: %s; patients in several splits: %,d; images from patients with >10 images: %.1f%%%n",
                r.figures().counts(), r.figures().leakage().patientsInMultipleSplits(),
                100 * r.figures().repeat().imagesFromPatientsOver10Fraction());
        boolean ok = seconds < 20 && maxHeap <= (2L << 30) + (64L << 20);
        System.out.println(ok ? "PASS: under 20 s with at most 2 GB heap" : "FAIL: target is under 20 s with -Xmx2g");
        if (!ok) System.exit(1);
    }
}
