package veil.bench.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import veil.audit.finding.Severity;
import veil.audit.run.AuditListener;
import veil.audit.run.AuditOptions;
import veil.audit.run.AuditResult;
import veil.audit.run.AuditRun;
import veil.audit.run.PixelScreening;
import veil.cli.Main;
import veil.rules.PixelPolicy;
import veil.testkit.dicom.PhiStudyGenerator;

/**
 * Times {@code veil audit} on a generated collection (veil.testkit.dicom, seed 31) and on Veil's basic-profile release of
 * it: headers only, with pixel screening, and with the comparison against the originals. Prints a table.
 * Usage: AuditBenchmark [patients (default 40)] [threads (default 2)] [work folder (default: a temp folder)]
 */
public final class AuditBenchmark {

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("veil-audit-bench");
        Path raw = work.resolve("raw"), release = work.resolve("release"), key = work.resolve("bench.key");
        if (!Files.exists(raw)) {
            new PhiStudyGenerator(31).patients(patients).studiesPerPatient(2).imageSize(256, 256).write(raw);
        }
        if (!Files.exists(release)) {
            Main.commandLine().execute("deid", raw.toString(), release.toString(), "--key-file", key.toString(), "--quiet");
        }
        // Warm up: the scanner's models and PixelMed's dictionary load once per process.
        run(raw, null, null, PixelScreening.NONE, threads);
        System.out.printf(Locale.ROOT, "%nveil audit on generated studies (veil.testkit.dicom seed 31, %d patients, 256x256 images), %d threads, shared machine%n",
                patients, threads);
        System.out.printf(Locale.ROOT, "%-10s %-34s %7s %8s %9s %10s%n", "folder", "mode", "files", "seconds", "files/s", ">=medium");
        row("raw", "headers only", run(raw, null, null, PixelScreening.NONE, threads));
        row("release", "headers only", run(release, null, null, PixelScreening.NONE, threads));
        row("release", "headers + --original --key", run(release, raw, key, PixelScreening.NONE, threads));
        row("release", "headers + pixels (sample, 1 in 10)", run(release, null, null, PixelScreening.SAMPLE, threads));
        row("release", "headers + pixels (all)", run(release, null, null, PixelScreening.ALL, threads));
    }

    private static AuditResult run(Path dir, Path original, Path key, PixelScreening pixels, int threads) throws Exception {
        return AuditRun.run(new AuditOptions(dir, null, null, null, original, key, pixels, PixelPolicy.Mode.ALL, threads),
                AuditListener.NONE);
    }

    private static void row(String folder, String mode, AuditResult r) {
        System.out.printf(Locale.ROOT, "%-10s %-34s %7d %8.2f %9.1f %10d%n", folder, mode, r.files().size(),
                r.elapsedNanos() / 1e9, r.filesPerSecond(), r.count(Severity.MEDIUM));
    }

    static long count(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
