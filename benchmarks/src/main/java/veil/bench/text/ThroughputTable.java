package veil.bench.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import veil.deid.text.PhiScanner;
import veil.testkit.text.SyntheticReport;

/**
 * Reports scanned per second on 1 and on N threads: the text is generated before timing (no I/O), each
 * pool is warmed up first, and every worker records its own CPU time, so the table shows CPU per
 * report next to wall clock: on a machine shared with other builds the wall figure falls with their
 * load, while CPU per report says what the scanner costs.
 */
final class ThroughputTable {
    private ThroughputTable() {}

    record Row(int threads, long reports, double wallSeconds, double cpuSeconds, double load) {
        double perSecond() { return reports / wallSeconds; }

        double cpuMillisPerReport() { return cpuSeconds * 1000 / reports; }
    }

    static String measure(PhiScanner scanner, List<SyntheticReport> reports, int maxThreads, double seconds) throws Exception {
        String[] texts = reports.stream().map(SyntheticReport::text).toArray(String[]::new);
        double words = reports.stream().mapToInt(SyntheticReport::words).average().orElse(0);
        StringBuilder b = new StringBuilder(String.format(
                "%n## Throughput (TUNING set texts, %d reports of %.0f words on average, pre-loaded; warm-up %.1f s, then %.1f s per row)%n%n",
                texts.length, words, seconds / 3, seconds));
        b.append("| threads | reports | wall s | reports/s (wall) | CPU ms per report | reports/s per free core (1000 / CPU ms) | load average |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int threads : maxThreads > 1 ? new int[] {1, maxThreads} : new int[] {1}) {
            run(scanner, texts, threads, seconds / 3);
            Row r = run(scanner, texts, threads, seconds);
            b.append(String.format("| %d | %d | %.1f | %.0f | %.3f | %.0f | %.1f |%n", r.threads(), r.reports(), r.wallSeconds(),
                    r.perSecond(), r.cpuMillisPerReport(), 1000 / r.cpuMillisPerReport(), r.load()));
        }
        b.append(String.format("%nMachine: %d cores seen by the JVM; load average includes other processes (the machine may be shared).%n",
                Runtime.getRuntime().availableProcessors()));
        return b.toString();
    }

    static Row run(PhiScanner scanner, String[] texts, int threads, double seconds) throws Exception {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long t0 = System.nanoTime();
            @SuppressWarnings("unchecked")
            Future<long[]>[] fs = new Future[threads];
            for (int t = 0; t < threads; t++) {
                int offset = t * 7919;
                fs[t] = pool.submit(() -> {
                    long cpu0 = bean.getCurrentThreadCpuTime();
                    long done = 0;
                    int i = offset;
                    while (System.nanoTime() < end) {
                        scanner.scan(texts[Math.floorMod(i++, texts.length)]);
                        done++;
                    }
                    return new long[] {done, bean.getCurrentThreadCpuTime() - cpu0};
                });
            }
            long done = 0, cpu = 0;
            for (Future<long[]> f : fs) {
                long[] r = f.get();
                done += r[0];
                cpu += r[1];
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Row(threads, done, wall, cpu / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            pool.shutdownNow();
        }
    }
}
