package veil.bench.export;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import veil.qa.export.JpegExport;
import veil.testkit.xray.SyntheticRadiograph;

/**
 * CPU time per stage of {@code veil export jpeg} (read, pixels, grey, resize, orient, encode), one thread,
 * on the same synthetic 2048 x 2048 12-bit images as {@link ExportBenchmark} (1024 px, quality 95, no
 * equalisation). Thread CPU time, so the figures hold on a shared machine; every image is converted once
 * to warm up, then {@code rounds} times measured.
 * Usage: ExportStageTimes [images (12)] [rounds (3)] [dir]
 */
public final class ExportStageTimes {
    public static void main(String[] args) throws Exception {
        int images = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("veil-export-stages");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            Path f = dir.resolve("i" + i + ".dcm");
            new SyntheticRadiograph().size(2048, 2048).bitsStored(12).photometric(i % 2 == 0 ? "MONOCHROME2" : "MONOCHROME1")
                    .window(2048, 3000).orientation(i % 4 == 1 ? "R\\F" : "L\\F").texture(true, i)
                    .ids("VEILBENCH" + (i % 10), "2.25." + (1000 + i / 3), "2.25." + (1000 + i / 3) + "." + i).write(f);
            files.add(f);
        }
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        JpegExport.Options opt = new JpegExport.Options(1024, 0.95f, false, 1);
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (int r = -1; r < rounds; r++) {
            boolean measured = r >= 0;
            for (Path f : files) {
                long[] last = {mx.getCurrentThreadCpuTime()};
                JpegExport.convertForTiming(f, opt, stage -> {
                    long now = mx.getCurrentThreadCpuTime();
                    if (measured) nanos.merge(stage, now - last[0], Long::sum);
                    last[0] = now;
                });
            }
        }
        long n = (long) images * rounds, total = 0;
        System.out.printf(Locale.ROOT, "%d images x %d rounds, 2048 x 2048 12-bit -> 1024 px, quality 95, one thread%n%n", images, rounds);
        System.out.println("| stage | CPU ms per image |");
        System.out.println("|---|---:|");
        for (Map.Entry<String, Long> e : nanos.entrySet()) {
            // the export keeps one encoder per thread; creating it is not part of converting an image
            if (!e.getKey().equals("encoder setup")) total += e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %.1f |%n", e.getKey(), e.getValue() / 1e6 / n);
        }
        System.out.printf(Locale.ROOT, "| **total** (without encoder setup) | **%.1f** |%n%n", total / 1e6 / n);
        System.out.printf(Locale.ROOT, "images per CPU-second: %.1f%n", n / (total / 1e9));
        System.out.printf(Locale.ROOT, "load average before: %s; after: %s%n", loadBefore, Files.readString(Path.of("/proc/loadavg")).strip());
    }
}
