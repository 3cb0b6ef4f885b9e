package veil.bench.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import veil.qa.export.JpegExport;
import veil.testkit.xray.SyntheticRadiograph;

/**
 * Throughput of {@code veil export jpeg}: N synthetic 2048 x 2048 12-bit DX images (uncompressed,
 * 8 MB each, ramp + body + noise) converted to 1024-px JPEGs at quality 95, for 1 and 2 threads,
 * with and without equalisation. Each configuration writes into a fresh folder (nothing skipped).
 * Usage: ExportBenchmark [images (40)] [dir]
 */
public final class ExportBenchmark {
    public static void main(String[] args) throws Exception {
        int images = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("veil-export-bench");
        Path in = dir.resolve("in");
        long t0 = System.nanoTime();
        for (int i = 0; i < images; i++) {
            new SyntheticRadiograph().size(2048, 2048).bitsStored(12).photometric(i % 2 == 0 ? "MONOCHROME2" : "MONOCHROME1")
                    .window(2048, 3000).orientation(i % 4 == 1 ? "R\\F" : "L\\F").texture(true, i)
                    .ids("VEILBENCH" + (i % 10), "2.25." + (1000 + i / 3), "2.25." + (1000 + i / 3) + "." + i).write(in.resolve("i" + i + ".dcm"));
        }
        System.out.printf(Locale.ROOT, "generated %d images of 2048 x 2048, 12 bits, in %.1f s (%s)%n", images, (System.nanoTime() - t0) / 1e9, in);
        // warm-up: JIT and ImageIO, once in every configuration measured below (with one warm-up run only, the
        // compiler threads still took 3-10 ms of CPU per image in the measured runs of 40: start-up, not throughput)
        int warm = 0;
        for (boolean eq : new boolean[] {false, true})
            for (int threads : new int[] {1, 2})
                JpegExport.run(in, dir.resolve("warm" + warm++), new JpegExport.Options(1024, 0.95f, eq, threads), null);
        System.out.println();
        System.out.println("| threads | equalize | images | wall s | images/s | CPU s | images per CPU-second |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|");
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int run = 0;
        for (boolean eq : new boolean[] {false, true})
            for (int threads : new int[] {1, 2}) {
                Path out = dir.resolve("out" + run++);
                long t = System.nanoTime(), cpu = os.getProcessCpuTime();
                JpegExport.Result r = JpegExport.run(in, out, new JpegExport.Options(1024, 0.95f, eq, threads), null);
                double s = (System.nanoTime() - t) / 1e9, c = (os.getProcessCpuTime() - cpu) / 1e9;
                if (r.written() != images) throw new IllegalStateException("wrote " + r.written() + " of " + images);
                System.out.printf(Locale.ROOT, "| %d | %s | %d | %.2f | %.1f | %.2f | %.1f |%n", threads, eq ? "yes" : "no", images, s, images / s, c, images / c);
            }
        System.out.printf(Locale.ROOT, "%nload average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }
}
