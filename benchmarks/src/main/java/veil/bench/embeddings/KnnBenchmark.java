package veil.bench.embeddings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import veil.qa.embeddings.NearestNeighbours;

/**
 * Exact kNN (k = 10) over n x dim random embeddings (clustered Gaussian rows), timing the
 * normalisation and the search, and extrapolating to 100,000 rows by the n^2 cost.
 * Usage: KnnBenchmark [dim (4096)] [threads (2)] [n ...] (default 5000 20000)
 */
public final class KnnBenchmark {
    public static void main(String[] args) {
        int dim = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int[] ns = args.length > 2 ? java.util.Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray() : new int[] {5000, 20000};
        System.out.println("similarity kernel: " + NearestNeighbours.method());
        System.out.println();
        System.out.println("| n | dim | threads | kNN wall s | kNN CPU s | GFLOP per CPU-second | 100,000 rows: CPU s | 100,000 rows on 2 free cores |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int n : ns) {
            long t0 = System.nanoTime();
            float[] x = generate(n, dim, 7);
            
            long t1 = System.nanoTime(), c1 = os.getProcessCpuTime();
            NearestNeighbours.normalise(x, n, dim);
            NearestNeighbours.compute(x, n, dim, 10, threads, null);
            double s = (System.nanoTime() - t1) / 1e9, cpu = (os.getProcessCpuTime() - c1) / 1e9;
            double flops = 2.0 * n * (n / 2.0) * dim;
            double cpu100k = cpu * Math.pow(100_000.0 / n, 2);
            System.out.printf(Locale.ROOT, "| %,d | %d | %d | %.1f | %.1f | %.1f | %.0f | %.1f min |%n", n, dim, threads, s, cpu, flops / cpu / 1e9,
                    cpu100k, cpu100k / Math.min(2, threads) / 60);
        }
        try {
            System.out.printf(Locale.ROOT, "%nload average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        } catch (java.io.IOException e) {
            // not Linux
        }
    }

    /** Rows around 500 random centres, in parallel, deterministic per row. */
    static float[] generate(int n, int dim, long seed) {
        float[] x = new float[Math.multiplyExact(n, dim)];
        int centres = 500;
        float[] c = new float[centres * dim];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < c.length; i++) c[i] = (float) r.nextGaussian();
        IntStream.range(0, n).parallel().forEach(i -> {
            SplittableRandom ri = new SplittableRandom(seed * 31 + i);
            int cc = ri.nextInt(centres);
            for (int k = 0; k < dim; k++) x[i * dim + k] = c[cc * dim + k] + (float) ri.nextGaussian();
        });
        return x;
    }
}
